package org.janadesh.ingest.assembly;

import java.util.List;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/** One contest per (state, year, AC number). */
final class AssemblyFormat implements ContestFormat<AssemblyRow> {
  private final Registries registries;

  AssemblyFormat(Registries registries) {
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return AssemblyRow.COLUMNS;
  }

  @Override
  public AssemblyRow wire(CsvRow row) {
    return AssemblyRow.of(row);
  }

  @Override
  public Object contestKey(AssemblyRow row) {
    return List.of(row.state().trim(), row.year().trim(), row.acNo().trim());
  }

  @Override
  public String label(List<AssemblyRow> contest) {
    AssemblyRow first = contest.get(0);
    return first.state().trim()
        + " "
        + first.year().trim()
        + " AC "
        + first.acNo().trim()
        + " "
        + first.acName().trim();
  }

  @Override
  public Converter<AssemblyRow> converter(String file, List<List<AssemblyRow>> contests) {
    return new AssemblyConverter(registries, file)::contest;
  }
}
