package org.janadesh.core.geography;

import java.util.List;

/**
 * A state or union territory under one name for a span of years. The same code can appear with
 * different names over time (U03 was Dadra &amp; Nagar Haveli until 2019, then merged with Daman
 * &amp; Diu), and the same name with different codes (Jammu &amp; Kashmir: S09 until 2019, U08
 * after), so a name is resolved together with the election year.
 */
public record State(
    StateCode code,
    String name,
    String abbreviation,
    int fromYear,
    int toYear,
    List<String> aliases) {
  public State {
    if (name.isBlank()) {
      throw new IllegalArgumentException("state " + code + " has a blank name");
    }
    if (fromYear > toYear) {
      throw new IllegalArgumentException(
          "state " + code + ": from " + fromYear + " > to " + toYear);
    }
    aliases = List.copyOf(aliases);
  }

  public boolean existsIn(int year) {
    return fromYear <= year && year <= toYear;
  }
}
