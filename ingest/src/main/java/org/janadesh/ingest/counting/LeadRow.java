package org.janadesh.ingest.counting;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/** One row of the state-wise leads file as read; {@code source_url} locates the constituency. */
record LeadRow(
    long line,
    String timestamp,
    String margin,
    String status,
    String leadingCandidate,
    String leadingParty,
    String sourceUrl)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "timestamp",
          "margin",
          "result_status",
          "leading_candidate",
          "leading_party",
          "source_url");

  static LeadRow of(CsvRow row) {
    return new LeadRow(
        row.line(),
        row.get("timestamp"),
        row.get("margin"),
        row.get("result_status"),
        row.get("leading_candidate"),
        row.get("leading_party"),
        row.get("source_url"));
  }
}
