package org.janadesh.ingest.ecisite;

import java.util.List;
import java.util.stream.Stream;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of the results site's candidate table as read, in either edition. Only the site's own
 * columns are read: not the derived ones (rank, winner, margin, vote share, party abbreviation),
 * since results are computed from votes, nor the {@code tcpd_*} columns the 2019 file joins in from
 * another source. {@code editionCell} is the cell of the one column only the row's edition has:
 * {@code uncontested} in 2024, {@code other_votes_not_in_evm_or_postal} in 2019.
 */
public record EciSiteRow(
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
    String editionCell)
    implements WireRow {
  private static final List<String> SHARED_COLUMNS =
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
          "total_votes");

  /** The columns a file of {@code edition} must have: the shared ones, then its own. */
  static List<String> columns(EciSiteEdition edition) {
    return Stream.concat(SHARED_COLUMNS.stream(), Stream.of(edition.column().header())).toList();
  }

  static EciSiteRow of(EciSiteEdition edition, CsvRow row) {
    return new EciSiteRow(
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
        row.get(edition.column().header()));
  }
}
