package org.janadesh.core.election;

import java.util.Locale;
import java.util.regex.Pattern;
import org.janadesh.core.geography.House;

/**
 * A readable election id: {@code ls-2024}, {@code ae-wb-2021}, {@code bye-wb-161-2022} (assembly
 * by-election: state, AC, year), {@code bye-ls-up-54-1999} (Lok Sabha by-election: state, PC,
 * year); a second by-election in the same seat and year gets {@code -2}.
 */
public record ElectionId(String value) implements Comparable<ElectionId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

  public ElectionId {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not an election id (ls-2024, ae-wb-2021…): '" + value + "'");
    }
  }

  public static ElectionId of(String value) {
    return new ElectionId(value.trim().toLowerCase(Locale.ROOT));
  }

  /** The general election to the Lok Sabha held in {@code year}. */
  public static ElectionId lokSabha(int year) {
    return new ElectionId("ls-" + year);
  }

  /** The general election to a state assembly, by the state's short abbreviation. */
  public static ElectionId assembly(String stateAbbreviation, int year) {
    return new ElectionId("ae-" + stateAbbreviation.toLowerCase(Locale.ROOT) + "-" + year);
  }

  /**
   * A by-election to one seat; {@code sequence} tells apart two by-elections in the same seat in
   * the same year (1 for the first).
   */
  public static ElectionId byElection(
      House house, String stateAbbreviation, int seat, int year, int sequence) {
    String prefix = house == House.LOK_SABHA ? "bye-ls-" : "bye-";
    String id = prefix + stateAbbreviation.toLowerCase(Locale.ROOT) + "-" + seat + "-" + year;
    return new ElectionId(sequence > 1 ? id + "-" + sequence : id);
  }

  @Override
  public int compareTo(ElectionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
