package org.janadesh.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: left-aligned text columns, right-aligned number columns. */
public final class Table {
  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers, boolean[] numeric) {
    this.headers = List.copyOf(headers);
    this.numeric = numeric.clone();
  }

  /** Starts a table; a header ending in {@code >} marks a right-aligned (numeric) column. */
  public static Table of(String... headers) {
    boolean[] numeric = new boolean[headers.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].endsWith(">");
      names.add(numeric[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
    return new Table(names, numeric);
  }

  public Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table " + headers.size());
    }
    rows.add(List.of(cells));
    return this;
  }

  public void print(PrintWriter out) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    line(out, headers, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(rule);
    rows.forEach(row -> line(out, row, width));
  }

  private void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + cell : cell + pad);
    }
    out.println(line.toString().stripTrailing());
  }
}
