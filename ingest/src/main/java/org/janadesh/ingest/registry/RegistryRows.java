package org.janadesh.ingest.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.janadesh.ingest.source.CsvFile;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;

/** Reads every row of a registry file, or fails listing every problem in it. */
final class RegistryRows {
  private RegistryRows() {}

  static <T> List<T> read(
      String file, SourceBytes source, List<String> columns, Function<CsvRow, Parsed<T>> row) {
    List<Rejection> problems = new ArrayList<>();
    List<T> values = new ArrayList<>();
    switch (CsvFile.read(file, source, columns, row)) {
      case Parsed.Rejected<CsvFile.Rows<Parsed<T>>> r -> problems.addAll(r.rejections());
      case Parsed.Ok<CsvFile.Rows<Parsed<T>>> ok -> {
        for (Parsed<T> parsed : ok.value().rows()) {
          switch (parsed) {
            case Parsed.Ok<T> v -> values.add(v.value());
            case Parsed.Rejected<T> r -> problems.addAll(r.rejections());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryException(file, problems);
    }
    return values;
  }

  /** Runs a core constructor that validates the whole table, turning its refusal into a problem. */
  static <T> T build(String file, java.util.function.Supplier<T> registry) {
    try {
      return registry.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidRegistryException(
          file, List.of(new Rejection(file, 1, "(file)", String.valueOf(e.getMessage()))));
    }
  }
}
