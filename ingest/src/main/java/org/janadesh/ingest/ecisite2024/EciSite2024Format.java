package org.janadesh.ingest.ecisite2024;

import java.util.List;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/** One contest per (state code, PC number); the site's codes identify the seat. */
final class EciSite2024Format implements ContestFormat<EciSite2024Row> {
  private final Registries registries;

  EciSite2024Format(Registries registries) {
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return EciSite2024Row.COLUMNS;
  }

  @Override
  public EciSite2024Row wire(CsvRow row) {
    return EciSite2024Row.of(row);
  }

  @Override
  public Object contestKey(EciSite2024Row row) {
    return List.of(row.stateCode().trim(), row.pcNo().trim());
  }

  @Override
  public String label(List<EciSite2024Row> contest) {
    EciSite2024Row first = contest.get(0);
    return "ls-2024 "
        + first.stateCode().trim()
        + " PC "
        + first.pcNo().trim()
        + " "
        + first.pcName().trim();
  }

  @Override
  public Converter<EciSite2024Row> converter(String file, List<List<EciSite2024Row>> contests) {
    return new EciSite2024Converter(registries, file)::contest;
  }
}
