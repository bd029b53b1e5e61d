package org.janadesh.ingest.ecisite;

import java.util.List;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/** One contest per (state code, PC number); the site's codes identify the seat. */
final class EciSiteFormat implements ContestFormat<EciSiteRow> {
  private final EciSiteEdition edition;
  private final Registries registries;

  EciSiteFormat(EciSiteEdition edition, Registries registries) {
    this.edition = edition;
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return EciSiteRow.columns(edition);
  }

  @Override
  public EciSiteRow wire(CsvRow row) {
    return EciSiteRow.of(edition, row);
  }

  @Override
  public Object contestKey(EciSiteRow row) {
    return List.of(row.stateCode().trim(), row.pcNo().trim());
  }

  @Override
  public String label(List<EciSiteRow> contest) {
    EciSiteRow first = contest.get(0);
    return "ls-"
        + edition.year()
        + " "
        + first.stateCode().trim()
        + " PC "
        + first.pcNo().trim()
        + " "
        + first.pcName().trim();
  }

  @Override
  public Converter<EciSiteRow> converter(String file, List<List<EciSiteRow>> contests) {
    return new EciSiteConverter(edition, registries, file)::contest;
  }
}
