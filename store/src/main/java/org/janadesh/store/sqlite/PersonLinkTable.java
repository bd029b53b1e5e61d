package org.janadesh.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.PersonLink;

/** Person ids kept per candidacy ({@code person_link}) and what they were computed from. */
final class PersonLinkTable {
  // The rows and the columns of the Lok Sabha archive that linkage reads or that change when a
  // contest is rewritten: every write of a contest stamps it with the batch that wrote it.
  private static final String SELECT_STAMP_CONTESTS =
      """
      SELECT id, election_id, state_code, number, delimitation, written_by
        FROM contest WHERE house = 'ls' ORDER BY id
      """;
  private static final String SELECT_STAMP_ELECTIONS =
      """
      SELECT id, kind, year, coalesce(state_code, '') FROM election WHERE house = 'ls' ORDER BY id
      """;
  private static final String SELECT_LINKS =
      "SELECT serial, person_id FROM person_link ORDER BY position";
  private static final String INSERT_LINK =
      """
      INSERT INTO person_link (contest_id, serial, position, person_id)
      SELECT id, ?6, ?8, ?7 FROM contest
       WHERE election_id = ?1 AND house = ?2 AND state_code = ?3 AND number = ?4
         AND delimitation = ?5
      """;

  private PersonLinkTable() {}

  /**
   * A digest of the Lok Sabha archive as linkage sees it: the elections (kind, year, state) and
   * each contest's key and the import batch that last wrote it. Reading ten thousand short rows
   * costs milliseconds, where reading every candidacy would cost what the stored links save.
   */
  static String stamp(Connection connection) throws SQLException {
    MessageDigest digest = sha256();
    for (String sql : List.of(SELECT_STAMP_ELECTIONS, SELECT_STAMP_CONTESTS)) {
      try (PreparedStatement select = connection.prepareStatement(sql);
          ResultSet rows = select.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        StringBuilder line = new StringBuilder();
        while (rows.next()) {
          line.setLength(0);
          for (int i = 1; i <= columns; i++) {
            line.append(rows.getString(i)).append('|');
          }
          digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The fingerprint of links computed now under {@code linkageKey} from this archive. */
  static String fingerprint(Connection connection, String linkageKey) throws SQLException {
    MessageDigest digest = sha256();
    digest.update((linkageKey + "\n" + stamp(connection)).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The stored links and problems if they were computed under {@code fingerprint}. */
  static Optional<StoredPersonLinks> read(Connection connection, String fingerprint)
      throws SQLException {
    String problems;
    try (PreparedStatement select =
        connection.prepareStatement("SELECT problems FROM person_linkage WHERE fingerprint = ?")) {
      select.setString(1, fingerprint);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        problems = row.getString(1);
      }
    }
    List<PersonId> persons = new ArrayList<>();
    List<Integer> serials = new ArrayList<>();
    Map<String, PersonId> ids = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_LINKS);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        serials.add(rows.getInt(1));
        // One person holds several candidacies: one PersonId object each.
        persons.add(ids.computeIfAbsent(rows.getString(2), PersonId::new));
      }
    }
    return Optional.of(
        new StoredPersonLinks(
            serials, persons, problems.isEmpty() ? List.of() : problems.lines().toList()));
  }

  /** Replaces every stored link with {@code links}, computed under {@code fingerprint}. */
  static void write(
      Connection connection,
      String fingerprint,
      List<PersonLink> links,
      List<String> problems,
      Instant at)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person_link")) {
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_LINK)) {
      int position = 0;
      for (PersonLink link : links) {
        insert.setInt(8, position++);
        insert.setString(1, link.election().value());
        insert.setString(2, Codes.house(link.seat().house()));
        insert.setString(3, link.seat().state().value());
        insert.setInt(4, link.seat().number());
        insert.setInt(5, link.seat().delimitation().year());
        insert.setInt(6, link.serial());
        insert.setString(7, link.person().value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO person_linkage (id, fingerprint, problems, linked_at)"
                + " VALUES (1, ?, ?, ?)")) {
      upsert.setString(1, fingerprint);
      upsert.setString(2, String.join("\n", problems));
      upsert.setString(3, at.toString());
      upsert.executeUpdate();
    }
  }
}
