package org.janadesh.ingest.source;

import java.io.IOException;
import java.io.Reader;
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
   * required column, or when a row has a different number of cells than the header: with cells out
   * of line no field of that row can be trusted, and dropping the row alone would half-import its
   * contest.
   */
  public static <W> Parsed<Rows<W>> read(
      String file, SourceBytes source, List<String> required, Function<CsvRow, W> wire) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
    try (Reader reader = source.text();
        CSVParser parser = CSVParser.parse(reader, format)) {
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
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
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
      if (!problems.isEmpty()) {
        return Parsed.rejected(problems);
      }
      return Parsed.ok(new Rows<>(rows, read));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Commons CSV reports malformed text (an unclosed quote, a duplicate header) this way.
      return Parsed.rejected(new Rejection(file, 1, "(file)", "not readable as CSV: " + e));
    }
  }
}
