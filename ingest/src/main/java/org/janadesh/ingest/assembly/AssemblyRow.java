package org.janadesh.ingest.assembly;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of the assembly candidate file as read. Derived columns (vote share, margin, turnout,
 * ENOP, deposit) are not read.
 */
public record AssemblyRow(
    long line,
    String state,
    String year,
    String acNo,
    String acName,
    String electors,
    String position,
    String candidate,
    String party,
    String votes)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "state",
          "year",
          "ac_no",
          "ac_name",
          "electors",
          "position",
          "candidate",
          "party_tcpd",
          "votes");

  static AssemblyRow of(CsvRow row) {
    return new AssemblyRow(
        row.line(),
        row.get("state"),
        row.get("year"),
        row.get("ac_no"),
        row.get("ac_name"),
        row.get("electors"),
        row.get("position"),
        row.get("candidate"),
        row.get("party_tcpd"),
        row.get("votes"));
  }
}
