package org.janadesh.ingest.ecisite2024;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of {@code ls2024_candidates.csv.gz} as read. The file's derived columns (rank, winner,
 * margin, vote share, party abbreviation) are not read: results are computed from votes.
 */
public record EciSite2024Row(
    long line,
    String year,
    String stateCode,
    String stateName,
    String pcNo,
    String pcName,
    String osn,
    String candidate,
    String party,
    String evmVotes,
    String postalVotes,
    String totalVotes,
    String uncontested)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "year",
          "state_code",
          "state_name",
          "pc_no",
          "pc_name",
          "osn",
          "candidate",
          "party",
          "evm_votes",
          "postal_votes",
          "total_votes",
          "uncontested");

  static EciSite2024Row of(CsvRow row) {
    return new EciSite2024Row(
        row.line(),
        row.get("year"),
        row.get("state_code"),
        row.get("state_name"),
        row.get("pc_no"),
        row.get("pc_name"),
        row.get("osn"),
        row.get("candidate"),
        row.get("party"),
        row.get("evm_votes"),
        row.get("postal_votes"),
        row.get("total_votes"),
        row.get("uncontested"));
  }
}
