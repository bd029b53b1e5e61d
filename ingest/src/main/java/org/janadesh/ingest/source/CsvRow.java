package org.janadesh.ingest.source;

import java.util.Map;

/** One CSV record as read: its file, the line it starts on, and its cells by column name. */
public final class CsvRow {
  private final String file;
  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  CsvRow(String file, long line, Map<String, Integer> columns, String[] cells) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  /**
   * The cell under {@code column}, as read. Callers name only columns the file was checked to have
   * ({@link CsvFile#read}), so an unknown column is a bug.
   */
  public String get(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalArgumentException("column '" + column + "' was not required of " + file);
    }
    return cells[index];
  }
}
