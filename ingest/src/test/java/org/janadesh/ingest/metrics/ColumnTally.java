package org.janadesh.ingest.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement of one TCPD column with our figure: rows that agree, rows that disagree (with a
 * readable line each), and rows set apart by a stated convention (TCPD blank, last place…), counted
 * by name.
 */
final class ColumnTally {
  final String column;
  int agree;
  final List<String> disagreements = new ArrayList<>();
  final Map<String, Integer> apart = new TreeMap<>();

  ColumnTally(String column) {
    this.column = column;
  }

  void compare(boolean same, String what) {
    if (same) {
      agree++;
    } else {
      disagreements.add(what);
    }
  }

  void setApart(String why) {
    apart.merge(why, 1, Integer::sum);
  }

  int compared() {
    return agree + disagreements.size();
  }

  String summary() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                "%-36s compared %,7d  agree %,7d  disagree %,5d",
                column, compared(), agree, disagreements.size()));
    apart.forEach((why, n) -> s.append(String.format("%n%38s%,7d set apart: %s", "", n, why)));
    return s.toString();
  }
}
