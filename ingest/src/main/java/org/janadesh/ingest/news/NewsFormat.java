package org.janadesh.ingest.news;

import java.util.List;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestFormat;
import org.janadesh.ingest.source.CsvRow;

/** One contest per (state, AC number, election, poll date). */
final class NewsFormat implements ContestFormat<NewsRow> {
  private final Registries registries;

  NewsFormat(Registries registries) {
    this.registries = registries;
  }

  @Override
  public List<String> columns() {
    return NewsRow.COLUMNS;
  }

  @Override
  public NewsRow wire(CsvRow row) {
    return NewsRow.of(row);
  }

  @Override
  public Object contestKey(NewsRow row) {
    return List.of(
        row.state().trim(), row.acNo().trim(), row.election().trim(), row.pollDate().trim());
  }

  @Override
  public String label(List<NewsRow> contest) {
    NewsRow first = contest.get(0);
    return first.state().trim()
        + " AC "
        + first.acNo().trim()
        + " "
        + first.acName().trim()
        + " polled "
        + first.pollDate().trim();
  }

  @Override
  public Converter<NewsRow> converter(String file, List<List<NewsRow>> contests) {
    return new NewsConverter(registries, file)::contest;
  }
}
