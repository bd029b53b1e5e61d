package org.janadesh.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads a CSV file with a header row into wire records, keeping each record's line number. */
public final class CsvFile {
  private CsvFile() {}

  /** The wire records of a file and how many data rows it had. */
  public record Rows<W>(List<W> rows, int rowsRead) {
    public Rows {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Reads every data row into a wire record. The whole file is rejected when its header lacks a
   * required column, when a row has a different number of cells than the header (with cells out of
   * line no field of that row can be trusted, and dropping the row alone would half-import its
   * contest), or when the text is not well-formed CSV (an unclosed quote, a corrupt gzip stream).
   * The source is already in memory, so a read failure here is always a problem of the data.
   */
  public static <W> Parsed<Rows<W>> read(
      String file, SourceBytes source, List<String> required, Function<CsvRow, W> wire) {
    // Two columns of one name would make "the Votes column" ambiguous; blank names (trailing
    // commas) are harmless because no importer asks for them.
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .get();
    final CSVParser parser;
    try {
      parser = CSVParser.parse(source.text(), format);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      // Commons CSV refuses a header it cannot use (duplicate or blank names) this way.
      return Parsed.rejected(new Rejection(file, 1, "(header)", "not a usable CSV header: " + e));
    }
    try (CSVParser p = parser) {
      return rows(file, p, required, wire);
    } catch (IOException e) {
      throw new UncheckedIOException("could not close " + file, e);
    }
  }

  private static <W> Parsed<Rows<W>> rows(
      String file, CSVParser parser, List<String> required, Function<CsvRow, W> wire) {
    List<String> header = parser.getHeaderNames();
    List<Rejection> problems = new ArrayList<>();
    for (String column : required) {
      if (!header.contains(column)) {
        problems.add(
            new Rejection(
                file, 1, column, "the header has no column '" + column + "'; it has " + header));
      }
    }
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i), i);
    }
    List<W> rows = new ArrayList<>();
    int read = 0;
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      // The parser reads ahead in hasNext(), so the record's first line is known only before.
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        problems.add(
            new Rejection(
                file, line, "(row)", "not readable as CSV from here on: " + e.getCause()));
        return Parsed.rejected(problems);
      }
      read++;
      if (record.size() != header.size()) {
        problems.add(
            new Rejection(
                file,
                line,
                "(row)",
                "has " + record.size() + " cells where the header has " + header.size()));
        continue;
      }
      rows.add(wire.apply(new CsvRow(file, line, columns, record.values())));
    }
    return problems.isEmpty() ? Parsed.ok(new Rows<>(rows, read)) : Parsed.rejected(problems);
  }
}
