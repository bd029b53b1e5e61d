package org.janadesh.cli.render;

import java.io.PrintWriter;

/** RFC 4180 CSV lines: fields with commas, quotes or line breaks are quoted. */
public final class Csv {
  private Csv() {}

  public static void line(PrintWriter out, String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String f = fields[i];
      if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
        line.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        line.append(f);
      }
    }
    out.print(line);
    out.print("\r\n");
  }
}
