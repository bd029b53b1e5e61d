package org.janadesh.core.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.metrics.Percent;
import org.janadesh.core.party.PartyId;

/**
 * Votes counted so far per party (or group) over a scope, and each one's share of every vote
 * counted there, NOTA included (RES-2, MET-0). Only what a seat's status says is counted: EVM plus
 * postal of a seat counting or declared; a seat not started, countermanded or returned unopposed
 * adds nothing. A share of votes counted so far is not the final vote share: seats still counting
 * and seats not started are missing from it, and faces must say so.
 *
 * @param counted every vote counted in the scope, NOTA included (the shares' denominator)
 * @param seatsWithVotes how many seats in the scope have counted anything
 */
public record LiveVotes<K>(
    String scope, long counted, long nota, int seatsWithVotes, List<LiveVotes.Line<K>> lines) {
  public LiveVotes {
    lines = List.copyOf(lines);
  }

  /**
   * One party's (or group's) votes counted so far and its share, empty while nothing is counted.
   */
  public record Line<K>(K key, long votes, Optional<BigDecimal> share) {}

  /** NOTA's share of the votes counted. */
  public Optional<BigDecimal> notaShare() {
    return Percent.of(nota, counted);
  }

  /** Parties over India. */
  public static LiveVotes<PartyId> byParty(ElectionCount count) {
    return of(count, "India", c -> true, (p, s) -> p);
  }

  /** Parties in one state; {@code scope} names the state as faces show it. */
  public static LiveVotes<PartyId> byParty(ElectionCount count, String scope, StateCode state) {
    return of(count, scope, c -> c.state().equals(state), (p, s) -> p);
  }

  /** Groups over India, each party placed by {@code grouping} in its seat's state. */
  public static LiveVotes<String> byGroup(ElectionCount count, Grouping grouping) {
    return of(count, "India", c -> true, grouping::groupOf);
  }

  /** Groups in one state. */
  public static LiveVotes<String> byGroup(
      ElectionCount count, String scope, StateCode state, Grouping grouping) {
    return of(count, scope, c -> c.state().equals(state), grouping::groupOf);
  }

  private static <K extends Comparable<K>> LiveVotes<K> of(
      ElectionCount count,
      String scope,
      Predicate<ConstituencyId> inScope,
      BiFunction<PartyId, StateCode, K> keyOf) {
    Map<K, long[]> votes = new HashMap<>();
    long counted = 0;
    long nota = 0;
    int seats = 0;
    for (SeatCount seat : count.seats()) {
      ConstituencyId id = seat.constituency();
      if (!inScope.test(id)) {
        continue;
      }
      Optional<Standing> standing = standing(seat.status());
      if (standing.isEmpty()) {
        continue;
      }
      Tally all = standing.get().counted();
      if (all.total() == 0) {
        continue;
      }
      seats++;
      counted += all.total();
      nota += all.nota();
      for (Place p : standing.get().places()) {
        votes
                .computeIfAbsent(keyOf.apply(p.candidate().party(), id.state()), k -> new long[1])[
                0] +=
            p.votes();
      }
    }
    long denominator = counted;
    List<Line<K>> lines = new ArrayList<>();
    votes.forEach((k, v) -> lines.add(new Line<>(k, v[0], Percent.of(v[0], denominator))));
    lines.sort(
        Comparator.comparingLong((Line<K> l) -> l.votes())
            .reversed()
            .thenComparing(Line::key, Comparator.naturalOrder()));
    return new LiveVotes<>(scope, counted, nota, seats, lines);
  }

  private static Optional<Standing> standing(SeatStatus status) {
    return switch (status) {
      case SeatStatus.Counting c -> Optional.of(c.standing());
      case SeatStatus.Declared d -> Optional.of(d.standing());
      case SeatStatus.NotStarted n -> Optional.empty();
      case SeatStatus.Countermanded c -> Optional.empty();
      case SeatStatus.ReturnedUncontested u -> Optional.empty();
    };
  }
}
