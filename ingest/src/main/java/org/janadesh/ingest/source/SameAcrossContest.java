package org.janadesh.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.janadesh.core.text.MatchKey;

/**
 * Checks that the rows of one contest agree on a contest-level field (its name, its electors): rows
 * that disagree mean the grouping key does not identify one contest.
 */
public final class SameAcrossContest {
  private SameAcrossContest() {}

  /** Compares exactly, after trimming. */
  public static <W extends WireRow> List<Rejection> exactly(
      String file, List<W> rows, String field, Function<W, String> value) {
    return check(file, rows, field, value, String::trim);
  }

  /** Compares by match key, so case and punctuation do not count. */
  public static <W extends WireRow> List<Rejection> byMatchKey(
      String file, List<W> rows, String field, Function<W, String> value) {
    return check(file, rows, field, value, MatchKey::of);
  }

  private static <W extends WireRow> List<Rejection> check(
      String file,
      List<W> rows,
      String field,
      Function<W, String> value,
      Function<String, String> key) {
    List<Rejection> problems = new ArrayList<>();
    W first = rows.get(0);
    String expected = key.apply(value.apply(first));
    for (W row : rows) {
      if (!key.apply(value.apply(row)).equals(expected)) {
        problems.add(
            new Rejection(
                file,
                row.line(),
                field,
                field
                    + " '"
                    + value.apply(row)
                    + "' differs from '"
                    + value.apply(first)
                    + "' on line "
                    + first.line()
                    + " of the same contest"));
      }
    }
    return problems;
  }
}
