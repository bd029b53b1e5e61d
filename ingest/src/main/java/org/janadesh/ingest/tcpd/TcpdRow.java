package org.janadesh.ingest.tcpd;

import java.util.List;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.WireRow;

/**
 * One row of the TCPD GE file as read. Of its 45 columns only the facts are read; TCPD's derived
 * columns (vote share, margin, turnout, deposit, ENOP, incumbency…) are not, since results are
 * computed from votes.
 */
public record TcpdRow(
    long line,
    String stateName,
    String assemblyNo,
    String constituencyNo,
    String constituencyName,
    String year,
    String month,
    String pollNo,
    String delimId,
    String position,
    String candidate,
    String party,
    String votes,
    String electors)
    implements WireRow {
  static final List<String> COLUMNS =
      List.of(
          "State_Name",
          "Assembly_No",
          "Constituency_No",
          "Constituency_Name",
          "Year",
          "month",
          "Poll_No",
          "DelimID",
          "Position",
          "Candidate",
          "Party",
          "Votes",
          "Electors");

  static TcpdRow of(CsvRow row) {
    return new TcpdRow(
        row.line(),
        row.get("State_Name"),
        row.get("Assembly_No"),
        row.get("Constituency_No"),
        row.get("Constituency_Name"),
        row.get("Year"),
        row.get("month"),
        row.get("Poll_No"),
        row.get("DelimID"),
        row.get("Position"),
        row.get("Candidate"),
        row.get("Party"),
        row.get("Votes"),
        row.get("Electors"));
  }

  boolean isByElection() {
    return !pollNo.trim().equals("0");
  }
}
