package org.janadesh.ingest.ecisite2019;

import java.util.List;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/** One contest per (state code, PC number). */
final class EciSite2019Format implements ContestFormat<EciSite2019Row> {
  private final Registries registries;

  EciSite2019Format(Registries registries) {
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return EciSite2019Row.COLUMNS;
  }

  @Override
  public EciSite2019Row wire(CsvRow row) {
    return EciSite2019Row.of(row);
  }

  @Override
  public Object contestKey(EciSite2019Row row) {
    return List.of(row.stateCode().trim(), row.pcNo().trim());
  }

  @Override
  public String label(List<EciSite2019Row> contest) {
    EciSite2019Row first = contest.get(0);
    return "ls-2019 "
        + first.stateCode().trim()
        + " PC "
        + first.pcNo().trim()
        + " "
        + first.pcName().trim();
  }

  @Override
  public Converter<EciSite2019Row> converter(String file, List<List<EciSite2019Row>> contests) {
    return new EciSite2019Converter(registries, file)::contest;
  }
}
