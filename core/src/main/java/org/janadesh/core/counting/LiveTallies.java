package org.janadesh.core.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;

/**
 * Counting-day Won / Leading / Total, derived only from constituency statuses: a declared seat (or
 * an unopposed return, RES-3) is won by the winner's party; a counting seat with a sole leader is a
 * lead for the leader's party; a tie at the top, a seat not started and a countermanded poll count
 * for nobody. The one function every face uses for these figures.
 */
public final class LiveTallies {
  private LiveTallies() {}

  /** Parties over India. */
  public static LiveTally<PartyId> byParty(ElectionCount count) {
    return LiveTallies.<PartyId>tally(
        count, "India", c -> true, (p, s) -> p, Comparator.naturalOrder());
  }

  /** Parties in one state; {@code scope} names the state as the faces show it. */
  public static LiveTally<PartyId> byParty(ElectionCount count, String scope, StateCode state) {
    return LiveTallies.<PartyId>tally(
        count, scope, c -> c.state().equals(state), (p, s) -> p, Comparator.naturalOrder());
  }

  /** Parties in each state that has seats in the count, by state code. */
  public static SortedMap<StateCode, LiveTally<PartyId>> byPartyPerState(ElectionCount count) {
    SortedMap<StateCode, LiveTally<PartyId>> states = new TreeMap<>();
    count.nominations().constituencies().stream()
        .map(ConstituencyId::state)
        .distinct()
        .forEach(s -> states.put(s, byParty(count, s.value(), s)));
    return states;
  }

  /** Groups (alliances) over India, each party placed by {@code grouping} in its seat's state. */
  public static LiveTally<String> byGroup(ElectionCount count, Grouping grouping) {
    return tally(count, "India", c -> true, grouping::groupOf, Comparator.naturalOrder());
  }

  /** Groups in one state. */
  public static LiveTally<String> byGroup(
      ElectionCount count, String scope, StateCode state, Grouping grouping) {
    return tally(
        count, scope, c -> c.state().equals(state), grouping::groupOf, Comparator.naturalOrder());
  }

  private static <K> LiveTally<K> tally(
      ElectionCount count,
      String scope,
      Predicate<ConstituencyId> inScope,
      BiFunction<PartyId, StateCode, K> keyOf,
      Comparator<K> keyOrder) {
    Map<K, int[]> wonLeading = new TreeMap<>(keyOrder);
    int seats = 0;
    int declared = 0;
    int counting = 0;
    int notStarted = 0;
    int countermanded = 0;
    for (SeatCount seat : count.seats()) {
      ConstituencyId id = seat.constituency();
      if (!inScope.test(id)) {
        continue;
      }
      seats++;
      switch (seat.status()) {
        case SeatStatus.NotStarted n -> notStarted++;
        case SeatStatus.Countermanded c -> countermanded++;
        case SeatStatus.Declared d -> {
          declared++;
          wonLeading
              .computeIfAbsent(keyOf.apply(d.winner().party(), id.state()), k -> new int[2])[0]++;
        }
        case SeatStatus.ReturnedUncontested u -> {
          declared++;
          wonLeading
              .computeIfAbsent(keyOf.apply(u.returned().party(), id.state()), k -> new int[2])[0]++;
        }
        case SeatStatus.Counting c -> {
          counting++;
          c.leader()
              .ifPresent(
                  l ->
                      wonLeading
                          .computeIfAbsent(
                              keyOf.apply(l.candidate().party(), id.state()), k -> new int[2])[
                          1]++);
        }
      }
    }
    List<WonLeading<K>> lines = new ArrayList<>();
    wonLeading.forEach((k, v) -> lines.add(new WonLeading<>(k, v[0], v[1])));
    lines.sort(
        Comparator.comparingInt((WonLeading<K> l) -> l.total())
            .reversed()
            .thenComparing(Comparator.comparingInt((WonLeading<K> l) -> l.won()).reversed()));
    return new LiveTally<>(
        scope, new SeatProgress(seats, declared, counting, notStarted, countermanded), lines);
  }
}
