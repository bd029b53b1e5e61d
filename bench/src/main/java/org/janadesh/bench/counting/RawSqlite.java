package org.janadesh.bench.counting;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.UpdateCodec;
import org.janadesh.core.geography.ConstituencyId;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The baseline: the same log rows, already encoded, inserted with plain JDBC batches into a table
 * with count_log's columns and keys (no triggers, no decide, no fold), under the PRAGMAs the
 * counting log uses (WAL, synchronous FULL, foreign keys on, busy timeout), one transaction per
 * {@link #BATCH} rows: the most SQLite could take for the same durable rows.
 */
final class RawSqlite {
  static final int BATCH = 1_000;

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** One count_log row as the counting log writes it. */
  record Row(
      long sequence,
      String election,
      String house,
      String state,
      int number,
      int delimitation,
      String published,
      String received,
      String key,
      String kind,
      String payload) {}

  private RawSqlite() {}

  /** The rows the counting log would write for {@code entries} (all accepted). */
  static List<Row> encode(List<LogEntry> entries, UpdateCodec codec) {
    List<Row> rows = new ArrayList<>(entries.size());
    for (LogEntry e : entries) {
      Submission s = e.submission();
      ConstituencyId c = s.constituency();
      rows.add(
          new Row(
              e.sequence(),
              s.election().value(),
              c.house().prefix(),
              c.state().value(),
              c.number(),
              c.delimitation().year(),
              INSTANT.format(s.published()),
              INSTANT.format(s.received()),
              s.key(),
              s.update().kind(),
              codec.encode(s.update())));
    }
    return rows;
  }

  /** Inserts {@code rows} into a fresh table in {@code file} (or in memory when null); nanos. */
  static long insert(@org.jspecify.annotations.Nullable Path file, List<Row> rows)
      throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(5_000);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(file == null ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + file.toAbsolutePath());
    try (Connection connection = source.getConnection()) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(
            """
            CREATE TABLE count_log (
                count_id TEXT NOT NULL, sequence INTEGER NOT NULL CHECK (sequence >= 1),
                election_id TEXT NOT NULL, house TEXT NOT NULL, state_code TEXT NOT NULL,
                number INTEGER NOT NULL CHECK (number >= 1), delimitation INTEGER NOT NULL,
                published TEXT NOT NULL, received TEXT NOT NULL,
                idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) > 0),
                kind TEXT NOT NULL, payload TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('accepted', 'quarantined')),
                PRIMARY KEY (count_id, sequence),
                UNIQUE (count_id, election_id, house, state_code, number, delimitation,
                    idempotency_key)
            ) WITHOUT ROWID
            """);
      }
      long start = System.nanoTime();
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO count_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int from = 0; from < rows.size(); from += BATCH) {
          execute(connection, "BEGIN IMMEDIATE");
          for (Row r : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
            insert.setString(1, "ls-2024#bench");
            insert.setLong(2, r.sequence());
            insert.setString(3, r.election());
            insert.setString(4, r.house());
            insert.setString(5, r.state());
            insert.setInt(6, r.number());
            insert.setInt(7, r.delimitation());
            insert.setString(8, r.published());
            insert.setString(9, r.received());
            insert.setString(10, r.key());
            insert.setString(11, r.kind());
            insert.setString(12, r.payload());
            insert.setString(13, "accepted");
            insert.addBatch();
          }
          insert.executeBatch();
          execute(connection, "COMMIT");
        }
      }
      return System.nanoTime() - start;
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
