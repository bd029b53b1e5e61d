package org.janadesh.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.jspecify.annotations.Nullable;

/** Reads and writes rows of {@code election}. */
final class ElectionTable {
  private static final String COLUMNS = "id, house, kind, name, year, state_code, source";

  private ElectionTable() {}

  static List<Election> all(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM election ORDER BY id")) {
      return read(select);
    }
  }

  static @Nullable Election find(Connection connection, ElectionId id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM election WHERE id = ?")) {
      select.setString(1, id.value());
      List<Election> found = read(select);
      return found.isEmpty() ? null : found.get(0);
    }
  }

  static void insert(Connection connection, List<Election> elections) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO election (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Election election : elections) {
        bind(insert, election);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static void update(Connection connection, List<Election> elections) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE election SET house = ?2, kind = ?3, name = ?4, year = ?5, state_code = ?6,"
                + " source = ?7 WHERE id = ?1")) {
      for (Election election : elections) {
        bind(update, election);
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, Election election) throws SQLException {
    statement.setString(1, election.id().value());
    statement.setString(2, Codes.house(election.house()));
    statement.setString(3, Codes.kind(election.kind()));
    statement.setString(4, election.name());
    statement.setInt(5, election.year());
    StateCode state = election.state();
    if (state == null) {
      statement.setNull(6, Types.VARCHAR);
    } else {
      statement.setString(6, state.value());
    }
    statement.setString(7, election.source());
  }

  private static List<Election> read(PreparedStatement select) throws SQLException {
    List<Election> elections = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String state = rows.getString("state_code");
        elections.add(
            new Election(
                new ElectionId(rows.getString("id")),
                Codes.house(rows.getString("house")),
                Codes.kind(rows.getString("kind")),
                rows.getString("name"),
                rows.getInt("year"),
                state == null ? null : new StateCode(state),
                rows.getString("source")));
      }
    }
    return elections;
  }
}
