package org.janadesh.ingest.counting;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of the candidate snapshot file as read. Its {@code st_code}, {@code pc_no} and names come
 * from a faulty join in the source, so only {@code source_url} locates the constituency.
 */
record SnapshotRow(
    long line,
    String candidate,
    String party,
    String evmVotes,
    String postalVotes,
    String totalVotes,
    String timestamp,
    String sourceUrl,
    String sourceFile)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "candidate_name",
          "party",
          "evm_votes",
          "postal_votes",
          "total_votes",
          "timestamp",
          "source_url",
          "source_file");

  static SnapshotRow of(CsvRow row) {
    return new SnapshotRow(
        row.line(),
        row.get("candidate_name"),
        row.get("party"),
        row.get("evm_votes"),
        row.get("postal_votes"),
        row.get("total_votes"),
        row.get("timestamp"),
        row.get("source_url"),
        row.get("source_file"));
  }
}
