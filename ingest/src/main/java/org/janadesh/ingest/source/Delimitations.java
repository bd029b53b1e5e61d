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
 */
public final class Delimitations {
  private static final StateCode ASSAM = StateCode.of("S03");
  private static final Set<StateCode> JAMMU_KASHMIR_LADAKH =
      Set.of(StateCode.of("U08"), StateCode.of("U09"));

  private Delimitations() {}

  /** The order of a Lok Sabha general election, by its year; empty if no election that year. */
  public static Optional<Delimitation> lokSabha(int generalElectionYear, StateCode state) {
    int order =
        switch (generalElectionYear) {
          case 1952 -> 1951;
          case 1957 -> 1956;
          case 1962 -> 1961;
          case 1967, 1971 -> 1966;
          case 1977, 1980, 1984, 1989, 1991, 1996, 1998, 1999, 2004 -> 1976;
          case 2009, 2014, 2019 -> 2008;
          case 2024 ->
              state.equals(ASSAM) ? 2023 : JAMMU_KASHMIR_LADAKH.contains(state) ? 2022 : 2008;
          default -> 0;
        };
    return order == 0 ? Optional.empty() : Optional.of(Delimitation.of(order));
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
