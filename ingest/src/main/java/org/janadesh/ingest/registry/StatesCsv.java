package org.janadesh.ingest.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.janadesh.core.geography.State;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Reads {@code states.csv}: {@code code,name,abbr,from_year,to_year,aliases}. A blank {@code
 * from_year} means the state existed from the first general election on (read as 1950); a blank
 * {@code to_year} means it still exists (read as {@link #STILL_EXISTS}). {@code abbr} is the short
 * lower-case abbreviation election ids use ({@code ae-kl-2021}); without it no assembly or
 * by-election id can be made, so a file without the column is refused.
 */
public final class StatesCsv {
  public static final String FILE = "registry/states.csv";
  public static final int STILL_EXISTS = 9999;
  static final int FIRST_YEAR = 1950;
  private static final List<String> COLUMNS =
      List.of("code", "name", "abbr", "from_year", "to_year", "aliases");
  private static final Pattern ABBREVIATION = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern CODE = Pattern.compile("[SUX]\\d{2}");

  private StatesCsv() {}

  public static StateRegistry read(String file, SourceBytes source) {
    List<State> states = RegistryRows.read(file, source, COLUMNS, row -> state(file, row));
    List<Rejection> clashes = abbreviationClashes(file, states);
    if (!clashes.isEmpty()) {
      throw new InvalidRegistryException(file, clashes);
    }
    return RegistryRows.build(file, () -> StateRegistry.of(states));
  }

  private static Parsed<State> state(String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String code = check.required("code", row.get("code"));
    String name = check.required("name", row.get("name"));
    String abbr = check.required("abbr", row.get("abbr"));
    if (!CODE.matcher(code).matches()) {
      check.reject("code", "not a state code (S01, U05, X01…): '" + code + "'");
    }
    if (!abbr.equals("?") && !ABBREVIATION.matcher(abbr).matches()) {
      check.reject("abbr", "abbr must be lower-case letters or digits: '" + abbr + "'");
    }
    String fromText = row.get("from_year");
    String toText = row.get("to_year");
    int from = fromText.isBlank() ? FIRST_YEAR : check.number("from_year", fromText);
    int to = toText.isBlank() ? STILL_EXISTS : check.number("to_year", toText);
    if (from > to) {
      check.reject("to_year", "to_year " + to + " is before from_year " + from);
    }
    List<String> aliases = Aliases.split(row.get("aliases"));
    return check.result(() -> new State(StateCode.of(code), name, abbr, from, to, aliases));
  }

  /** Two codes with one abbreviation in overlapping years would give two elections one id. */
  private static List<Rejection> abbreviationClashes(String file, List<State> states) {
    List<Rejection> clashes = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        State a = states.get(i);
        State b = states.get(j);
        boolean overlap = a.fromYear() <= b.toYear() && b.fromYear() <= a.toYear();
        if (a.abbreviation().equals(b.abbreviation()) && !a.code().equals(b.code()) && overlap) {
          clashes.add(
              new Rejection(
                  file,
                  1,
                  "abbr",
                  "abbr '"
                      + a.abbreviation()
                      + "' names both "
                      + a.code()
                      + " and "
                      + b.code()
                      + " in overlapping years"));
        }
      }
    }
    return clashes;
  }
}
