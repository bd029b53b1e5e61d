package org.janadesh.ingest.tcpd;

import java.util.List;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/**
 * One contest per (state name, Lok Sabha, constituency, year, poll): Poll_No 0 is the general
 * election, 1 and up the by-elections held during that house's term.
 */
final class TcpdFormat implements ContestFormat<TcpdRow> {
  private final Registries registries;

  TcpdFormat(Registries registries) {
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return TcpdRow.COLUMNS;
  }

  @Override
  public TcpdRow wire(CsvRow row) {
    return TcpdRow.of(row);
  }

  @Override
  public Object contestKey(TcpdRow row) {
    return List.of(
        row.stateName().trim(),
        row.assemblyNo().trim(),
        row.constituencyNo().trim(),
        row.year().trim(),
        row.pollNo().trim());
  }

  @Override
  public String label(List<TcpdRow> contest) {
    TcpdRow first = contest.get(0);
    return first.stateName().trim()
        + " "
        + first.year().trim()
        + (first.isByElection() ? " by-election " + first.pollNo().trim() : "")
        + " PC "
        + first.constituencyNo().trim()
        + " "
        + first.constituencyName().trim();
  }

  @Override
  public Converter<TcpdRow> converter(String file, List<List<TcpdRow>> contests) {
    return new TcpdConverter(registries, file, contests)::contest;
  }
}
