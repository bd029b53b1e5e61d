package org.janadesh.ingest.winners;

import java.util.List;
import java.util.Set;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/**
 * Takes the 1952 and 1957 rows only: for every later year better, candidate-level sources exist
 * (TCPD, the ECI results site), and this table's later years carry known gaps (2019 lacks two
 * seats). One contest per (year, state, PC number).
 */
final class WinnersFormat implements ContestFormat<WinnerRow> {
  static final Set<String> YEARS = Set.of("1952", "1957");

  private final Registries registries;

  WinnersFormat(Registries registries) {
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return WinnerRow.COLUMNS;
  }

  @Override
  public WinnerRow wire(CsvRow row) {
    return WinnerRow.of(row);
  }

  @Override
  public boolean include(WinnerRow row) {
    return YEARS.contains(row.year().trim());
  }

  @Override
  public Object contestKey(WinnerRow row) {
    return List.of(row.year().trim(), row.state().trim(), row.pcNo().trim());
  }

  @Override
  public String label(List<WinnerRow> contest) {
    WinnerRow first = contest.get(0);
    return "ls-"
        + first.year().trim()
        + " "
        + first.state().trim()
        + " PC "
        + first.pcNo().trim()
        + " "
        + first.pcName().trim();
  }

  @Override
  public Converter<WinnerRow> converter(String file, List<List<WinnerRow>> contests) {
    return new WinnersConverter(registries, file)::contest;
  }
}
