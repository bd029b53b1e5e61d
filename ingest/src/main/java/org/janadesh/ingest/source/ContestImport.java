package org.janadesh.ingest.source;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link ContestFormat} over one source: read, group into contests, convert, collect. */
public final class ContestImport {
  private ContestImport() {}

  public static <W extends WireRow> ImportResult run(
      ContestFormat<W> format, String sourceName, InputStream in) {
    SourceBytes bytes = SourceBytes.readFrom(in);
    ImportCollector collector = new ImportCollector(sourceName, bytes.sha256());
    switch (CsvFile.read(sourceName, bytes, format.columns(), format::wire)) {
      case Parsed.Rejected<CsvFile.Rows<W>> rejected -> collector.reject(rejected.rejections());
      case Parsed.Ok<CsvFile.Rows<W>> ok -> {
        collector.rowsRead(ok.value().rowsRead());
        List<List<W>> contests = group(format, ok.value().rows());
        ContestFormat.Converter<W> converter = format.converter(sourceName, contests);
        for (List<W> contest : contests) {
          collector.add(
              format.label(contest),
              contest.get(0).line(),
              contest.size(),
              converter.convert(contest));
        }
      }
    }
    return collector.finish();
  }

  private static <W extends WireRow> List<List<W>> group(ContestFormat<W> format, List<W> rows) {
    Map<Object, List<W>> byKey = new LinkedHashMap<>();
    for (W row : rows) {
      if (format.include(row)) {
        byKey.computeIfAbsent(format.contestKey(row), k -> new ArrayList<>()).add(row);
      }
    }
    return List.copyOf(byKey.values());
  }
}
