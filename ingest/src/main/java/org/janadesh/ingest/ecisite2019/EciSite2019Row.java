package org.janadesh.ingest.ecisite2019;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of {@code ls2019_candidates.csv.gz} as read. Only the results-site columns are read; the
 * {@code tcpd_*} columns joined in from another source and the derived rank and winner are not.
 * {@code otherVotes} holds votes counted apart from EVM and postal ballots (the Kashmiri-migrant
 * ballots of Anantnag, Srinagar and Baramulla).
 */
public record EciSite2019Row(
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
    String otherVotes)
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
          "other_votes_not_in_evm_or_postal");

  static EciSite2019Row of(CsvRow row) {
    return new EciSite2019Row(
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
        row.get("other_votes_not_in_evm_or_postal"));
  }
}
