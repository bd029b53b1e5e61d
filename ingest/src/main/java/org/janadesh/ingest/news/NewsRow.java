package org.janadesh.ingest.news;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of a news-sourced result as read. The reported vote share is not read (it is computed
 * against a total the reports do not give); the reported margin is read to check the votes.
 */
public record NewsRow(
    long line,
    String state,
    String acNo,
    String acName,
    String election,
    String pollDate,
    String rank,
    String candidate,
    String party,
    String partyAbbr,
    String votes,
    String marginReported)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "state",
          "ac_no",
          "ac_name",
          "election",
          "poll_date",
          "rank",
          "candidate",
          "party",
          "party_abbr",
          "votes",
          "margin_reported");

  static NewsRow of(CsvRow row) {
    return new NewsRow(
        row.line(),
        row.get("state"),
        row.get("ac_no"),
        row.get("ac_name"),
        row.get("election"),
        row.get("poll_date"),
        row.get("rank"),
        row.get("candidate"),
        row.get("party"),
        row.get("party_abbr"),
        row.get("votes"),
        row.get("margin_reported"));
  }
}
