package org.janadesh.store.counting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads and records rows of {@code count_session}. */
final class Sessions {
  private Sessions() {}

  /**
   * Records {@code session} unless the file has it already; a count already recorded under another
   * description is refused, so a test can never be reopened as something it was not.
   */
  static void record(Connection connection, CountSession session, Instant openedAt)
      throws SQLException {
    if (recorded(connection, session)) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO count_session (id, election_id, kind, description, opened_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, session.id().value());
      insert.setString(2, session.election().value());
      insert.setString(3, session.isTest() ? "test" : "real");
      insert.setString(4, session.description());
      insert.setString(5, LogRows.instant(openedAt));
      insert.executeUpdate();
    }
  }

  /**
   * True if the file records {@code session}, false if it does not record the count at all; a count
   * recorded under another description is refused, so a test can never be reopened as something it
   * was not.
   */
  static boolean recorded(Connection connection, CountSession session) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT description FROM count_session WHERE id = ?")) {
      select.setString(1, session.id().value());
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          String stored = row.getString(1);
          if (!stored.equals(session.description())) {
            throw new IllegalArgumentException(
                "count "
                    + session.id()
                    + " is recorded as '"
                    + stored
                    + "', not '"
                    + session.description()
                    + "'");
          }
          return true;
        }
      }
    }
    return false;
  }

  static List<CountSession> all(Connection connection) throws SQLException {
    List<CountSession> sessions = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, kind, description FROM count_session ORDER BY id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        CountSession session = new CountSession(new CountId(row.getString(1)), row.getString(3));
        if (session.isTest() != row.getString(2).equals("test")) {
          throw new IllegalStateException(
              "count " + session.id() + " is marked " + row.getString(2));
        }
        sessions.add(session);
      }
    }
    return sessions;
  }
}
