package org.janadesh.ingest.winners;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of the winners table as read: one winner of one seat. Electors, votes polled and turnout
 * are not read: a winners-only record has no place for them.
 */
public record WinnerRow(
    long line, String year, String state, String pcNo, String pcName, String winner, String party)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of("year", "state", "pc_no", "pc_name", "winner", "party");

  static WinnerRow of(CsvRow row) {
    return new WinnerRow(
        row.line(),
        row.get("year"),
        row.get("state"),
        row.get("pc_no"),
        row.get("pc_name"),
        row.get("winner"),
        row.get("party"));
  }
}
