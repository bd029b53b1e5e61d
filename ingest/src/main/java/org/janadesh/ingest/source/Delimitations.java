package org.janadesh.ingest.source;

import java.util.Optional;
import java.util.Set;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.StateCode;

/**
 * The delimitation order in force at an election, which gives a constituency number its meaning.
 * Lok Sabha general elections: 1952 → 1951 order, 1957 → 1956, 1962 → 1961, 1967 and 1971 → 1966,
 * 1977–2004 → 1976, 2009–2024 → 2008, except that in 2024 Assam voted in the 2023 order and Jammu
 * &amp; Kashmir and Ladakh in the 2022 order. A by-election fills a seat of the house in session,
 * so it takes the order of that house's general election.
 *
 * <p>A state's reorganisation renumbers its seats without a new order, and a number must never name
 * two places. So where an act renumbered a state's seats, the year of that act stands in for the
 * order: Bihar, Madhya Pradesh and Uttar Pradesh from 2004 (the 2000 acts that carved out
 * Jharkhand, Chhattisgarh and Uttarakhand), Himachal Pradesh from 1971 (statehood, 1970), Andhra
 * Pradesh from 2019 (the 2014 act that carved out Telangana; the 2014 election still used the old
 * numbers), and Dadra &amp; Nagar Haveli and Daman &amp; Diu from 2024 (merged in 2020).
 */
public final class Delimitations {
  private static final StateCode ASSAM = StateCode.of("S03");
  private static final Set<StateCode> JAMMU_KASHMIR_LADAKH =
      Set.of(StateCode.of("U08"), StateCode.of("U09"));
  private static final Set<StateCode> REORGANISED_2000 =
      Set.of(StateCode.of("S04"), StateCode.of("S12"), StateCode.of("S24"));
  private static final StateCode HIMACHAL_PRADESH = StateCode.of("S08");
  private static final StateCode ANDHRA_PRADESH = StateCode.of("S01");
  private static final StateCode DADRA_DAMAN_DIU = StateCode.of("U03");

  private Delimitations() {}

  /** The order of a Lok Sabha general election, by its year; empty if no election that year. */
  public static Optional<Delimitation> lokSabha(int generalElectionYear, StateCode state) {
    int order =
        switch (generalElectionYear) {
          case 1952 -> 1951;
          case 1957 -> 1956;
          case 1962 -> 1961;
          case 1967 -> 1966;
          case 1971 -> state.equals(HIMACHAL_PRADESH) ? 1970 : 1966;
          case 1977, 1980, 1984, 1989, 1991, 1996, 1998, 1999 -> 1976;
          case 2004 -> REORGANISED_2000.contains(state) ? 2000 : 1976;
          case 2009, 2014 -> 2008;
          case 2019 -> state.equals(ANDHRA_PRADESH) ? 2014 : 2008;
          case 2024 -> order2024(state);
          default -> 0;
        };
    return order == 0 ? Optional.empty() : Optional.of(Delimitation.of(order));
  }

  /**
   * The delimitation order a numbering belongs to: a renumbering act's year maps back to the order
   * it amended (1970 → 1966, 2000 → 1976, 2014 and 2020 → 2008).
   */
  public static int orderOf(Delimitation numbering) {
    return switch (numbering.year()) {
      case 1970 -> 1966;
      case 2000 -> 1976;
      case 2014, 2020 -> 2008;
      default -> numbering.year();
    };
  }

  private static int order2024(StateCode state) {
    if (state.equals(ASSAM)) {
      return 2023;
    }
    if (JAMMU_KASHMIR_LADAKH.contains(state)) {
      return 2022;
    }
    if (state.equals(ANDHRA_PRADESH)) {
      return 2014;
    }
    return state.equals(DADRA_DAMAN_DIU) ? 2020 : 2008;
  }

  /**
   * The order of a state assembly election. Only the years the bundled sources need are on record:
   * the 2008 order for 2009–2025, except Jammu &amp; Kashmir from 2024 (2022 order) and Assam from
   * 2026 (2023 order, outside the range).
   */
  public static Optional<Delimitation> assembly(int year, StateCode state) {
    if (JAMMU_KASHMIR_LADAKH.contains(state) && year >= 2024 && year <= 2025) {
      return Optional.of(Delimitation.of(2022));
    }
    if (year >= 2009 && year <= 2025) {
      return Optional.of(Delimitation.of(2008));
    }
    return Optional.empty();
  }
}
