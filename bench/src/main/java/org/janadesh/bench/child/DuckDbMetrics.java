package org.janadesh.bench.child;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Scenario {@code duckdb-metrics TCPD_GZ}, the baseline: an in-memory DuckDB loads the same TCPD
 * file (DuckDB reads the gzip itself, with its own type detection), then one statement computes the
 * same metrics for every candidate and NOTA line into a table, with window functions over each
 * contest: the share of all votes polled, the winner's margin over the next candidate and its
 * percent, the deposit verdict (not elected and 6 × votes ≤ the candidates' votes, NOTA left out)
 * and ENOP = 1 / Σ p², NOTA a place. Rounding is MET-0's, in integers: half up from the exact ratio
 * to hundredths. A contest with a blank vote count is left out, as the importer rejects it. After
 * the timed part: the figures compared with Janadesh's, the query again (best of repeats, warm),
 * and the memory.
 *
 * <p>SQL is built with a {@code StringBuilder} or is a compile-time constant, for the reason {@link
 * DuckDbCsv} gives.
 */
final class DuckDbMetrics {

  /** TCPD writes NOTA as candidate "NOTA" or "None of the Above", party "NOTA" or blank. */
  private static final String IS_NOTA =
      "regexp_replace(upper(coalesce(Candidate, '')), '[^A-Z0-9]', '', 'g')"
          + " IN ('NOTA', 'NONEOFTHEABOVE')"
          + " OR regexp_replace(upper(coalesce(Party, '')), '[^A-Z0-9]', '', 'g')"
          + " IN ('NOTA', 'NONEOFTHEABOVE')";

  /** One row per candidate and NOTA line; contest metrics on the winner's row (Position 1). */
  static final String METRICS =
      "CREATE TABLE place_metrics AS"
          + " WITH places AS ("
          + "  SELECT State_Name AS state, Assembly_No AS house, Constituency_No AS pc,"
          + "   \"Year\" AS year, Poll_No AS poll, Position AS position, Votes AS votes,"
          + "   ("
          + IS_NOTA
          + ") AS nota"
          + "  FROM tcpd),"
          + " totals AS ("
          + "  SELECT *,"
          + "   count(*) FILTER (WHERE votes IS NULL) OVER contest AS blanks,"
          + "   sum(votes) OVER contest AS polled,"
          + "   sum(votes) FILTER (WHERE NOT nota) OVER contest AS by_candidates,"
          + "   sum(votes * votes) OVER contest AS squares,"
          // The next candidate below, the declared winner first on a tie (RES-4).
          + "   votes - lead(votes) OVER (PARTITION BY state, house, pc, year, poll, nota"
          + "    ORDER BY votes DESC, position <> 1, position) AS over_next"
          + "  FROM places"
          + "  WINDOW contest AS (PARTITION BY state, house, pc, year, poll))"
          + " SELECT state, house, pc, year, poll, position, nota, votes,"
          + "  CASE WHEN polled > 0 THEN (20000 * votes + polled) // (2 * polled) END"
          + "   AS share_hundredths,"
          + "  NOT nota AND position <> 1 AND 6 * votes <= by_candidates AS deposit_forfeited,"
          + "  CASE WHEN position = 1 AND NOT nota THEN over_next END AS margin,"
          + "  CASE WHEN position = 1 AND NOT nota AND polled > 0"
          + "   THEN (20000 * over_next + polled) // (2 * polled) END AS margin_hundredths,"
          + "  CASE WHEN position = 1 AND NOT nota AND squares > 0"
          + "   THEN (200 * polled::HUGEINT * polled + squares) // (2 * squares) END"
          + "   AS enop_hundredths"
          + " FROM totals WHERE blanks = 0";

  /** The figures compared with Janadesh's; untimed. */
  private static final String ANSWER =
      "SELECT count(DISTINCT (state, house, pc, year, poll)), count(*),"
          + " count(*) FILTER (WHERE deposit_forfeited), count(margin),"
          + " coalesce(sum(margin), 0), coalesce(sum(margin_hundredths), 0),"
          + " coalesce(sum(share_hundredths), 0), count(enop_hundredths),"
          + " coalesce(sum(enop_hundredths), 0)"
          + " FROM place_metrics";

  private DuckDbMetrics() {}

  static void run(Probe probe, Path tcpd) throws SQLException, InterruptedException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement()) {
      probe.lap("connect");
      long rows = statement.executeUpdate(load(tcpd));
      probe.lap("load");
      long places = statement.executeUpdate(METRICS);
      probe.lap("query");
      probe.stop();
      probe.metric("peak_rss_mb", Heap.peakResidentMb()); // before the checks and repeats

      MetricsAnswer answer;
      try (ResultSet rs = statement.executeQuery(ANSWER)) {
        rs.next();
        answer =
            new MetricsAnswer(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9));
      }
      probe.answer(answer.digest());
      double best = Double.MAX_VALUE;
      for (int r = 0; r < JanadeshMetrics.WARM_REPEATS; r++) {
        statement.execute("DROP TABLE place_metrics");
        long start = System.nanoTime();
        statement.executeUpdate(METRICS);
        best = Math.min(best, (System.nanoTime() - start) / 1e6);
      }
      probe.metric("query_warm_ms", best);
      probe.metric("rows", (double) rows);
      probe.metric("places", (double) places);
      try (ResultSet rs =
          statement.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
        rs.next();
        probe.metric("duckdb_memory_mb", rs.getLong(1) / (1024.0 * 1024.0));
      }
      probe.metric("heap_after_mb", Heap.usedAfterGc());
    }
  }

  @SuppressWarnings("UnnecessaryStringBuilder") // see the class comment
  private static String load(Path csv) {
    String path = csv.toAbsolutePath().toString().replace("'", "''");
    return new StringBuilder("CREATE TABLE tcpd AS SELECT * FROM read_csv('")
        .append(path)
        .append("')")
        .toString();
  }
}
