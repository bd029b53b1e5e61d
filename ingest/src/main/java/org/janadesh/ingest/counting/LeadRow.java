package org.janadesh.ingest.counting;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of the state-wise leads file as read. Its {@code source_url} is a page of the state's
 * list ({@code statewiseS242.htm}: Uttar Pradesh, page 2), so it gives the state but not the PC; in
 * this file {@code s_u}, {@code st_code} and {@code pc_no} are right and locate the PC.
 */
record LeadRow(
    long line,
    String stateOrUnion,
    String stateNumber,
    String pc,
    String timestamp,
    String margin,
    String status,
    String leadingCandidate,
    String leadingParty,
    String sourceUrl)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "s_u",
          "st_code",
          "pc_no",
          "timestamp",
          "margin",
          "result_status",
          "leading_candidate",
          "leading_party",
          "source_url");

  static LeadRow of(CsvRow row) {
    return new LeadRow(
        row.line(),
        row.get("s_u"),
        row.get("st_code"),
        row.get("pc_no"),
        row.get("timestamp"),
        row.get("margin"),
        row.get("result_status"),
        row.get("leading_candidate"),
        row.get("leading_party"),
        row.get("source_url"));
  }
}
