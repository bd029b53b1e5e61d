package org.janadesh.bench.child;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scenario {@code duckdb-csv}, the baseline: an in-memory DuckDB loads each of the six bundled
 * files (the same bytes, extracted once to disk; DuckDB reads gzip itself) into a table with its
 * own type detection, then computes the national 2024 tally from the 2024 file's columns: seats won
 * per party ({@code is_winner}), votes ({@code total_votes}) and share of all votes, NOTA included.
 *
 * <p>SQL is built with a {@code StringBuilder}: {@code +} on strings is bootstrapped on first use,
 * a start-up cost the driver (compiled for Java 8) does not have and the baseline should not pay
 * for the bench's sake.
 */
final class DuckDbCsv {
  private DuckDbCsv() {}

  static void run(Probe probe, Path csvDirectory) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      probe.lap("connect");
      long rows = 0;
      for (BundledFiles.File file : BundledFiles.ALL) {
        rows += load(db, csvDirectory.resolve(file.path()), file.table());
        probe.lap(file.table());
      }
      Answer answer = tally(db);
      probe.lap("tally");
      probe.stop();
      probe.answer(answer.requireDeclared("duckdb-csv"));
      probe.metric("rows", (double) rows);
    }
  }

  @SuppressWarnings("UnnecessaryStringBuilder") // see the class comment
  private static long load(Connection db, Path csv, String table) throws SQLException {
    String path = csv.toAbsolutePath().toString().replace("'", "''");
    try (Statement statement = db.createStatement()) {
      return statement.executeUpdate(
          new StringBuilder("CREATE TABLE ")
              .append(table)
              .append(" AS SELECT * FROM read_csv('")
              .append(path)
              .append("')")
              .toString());
    }
  }

  @SuppressWarnings("UnnecessaryStringBuilder") // see the class comment
  private static Answer tally(Connection db) throws SQLException {
    String t = BundledFiles.LS_2024.table();
    String sql =
        new StringBuilder()
            .append("WITH polled AS (SELECT sum(total_votes) AS all_votes FROM ")
            .append(t)
            .append("), by_party AS (SELECT party_abbr AS party,")
            .append(" count(*) FILTER (WHERE is_winner) AS won, sum(total_votes) AS votes FROM ")
            .append(t)
            .append(" WHERE NOT is_nota GROUP BY party_abbr)")
            .append(" SELECT party, won, coalesce(by_party.votes, 0) AS votes,")
            .append(" 100.0 * coalesce(by_party.votes, 0) / all_votes AS share, all_votes AS total")
            .append(" FROM by_party, polled ORDER BY won DESC, votes DESC, party")
            .toString();
    int seats = 0;
    long total = -1;
    Answer.Line bjp = new Answer.Line(0, 0, -1);
    Answer.Line inc = new Answer.Line(0, 0, -1);
    List<Integer> counts = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        String party = rs.getString("party");
        int won = rs.getInt("won");
        Answer.Line line = new Answer.Line(won, rs.getLong("votes"), rs.getDouble("share"));
        total = rs.getLong("total");
        seats += won;
        if (won > 0) {
          counts.add(won);
        }
        if ("BJP".equals(party)) {
          bjp = line;
        } else if ("INC".equals(party)) {
          inc = line;
        }
      }
    }
    counts.sort(Comparator.reverseOrder());
    return new Answer(seats, total, bjp, inc, counts);
  }
}
