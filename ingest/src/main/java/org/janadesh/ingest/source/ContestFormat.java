package org.janadesh.ingest.source;

import java.util.List;

/**
 * A CSV source whose rows are candidates, grouped into contests. {@link ContestImport} does the
 * reading, grouping and quarantining; a format says which columns it needs, how a row reads, which
 * rows belong together, and how a contest converts.
 */
public interface ContestFormat<W extends WireRow> {
  /** Columns the file must have; a file without one is rejected as a whole. */
  List<String> columns();

  W wire(CsvRow row);

  /** Whether the importer takes this row at all (a file may hold more than the format imports). */
  default boolean include(W row) {
    return true;
  }

  /** Rows with equal keys form one contest, in the order they first appear. */
  Object contestKey(W row);

  /** Names a contest in the source's own terms, for the rejection that quarantines it. */
  String label(List<W> contest);

  /** A converter for this file's contests; it may look across contests (by-election sequences). */
  Converter<W> converter(String file, List<List<W>> contests);

  /** Converts one contest's rows. */
  @FunctionalInterface
  interface Converter<W> {
    Parsed<Imported> convert(List<W> contest);
  }
}
