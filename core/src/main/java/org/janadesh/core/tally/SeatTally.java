package org.janadesh.core.tally;

import java.util.List;
import java.util.OptionalLong;
import org.janadesh.core.election.ElectionId;

/**
 * Seats and votes per party for one election, over India or one state. Parties are ordered by seats
 * won, then votes, then id. Vote totals are empty where the record lacks them: {@code totalVotes}
 * when a contest has no votes (winners only), {@code postalVotes} when a contest's votes are not
 * split by mode.
 */
public record SeatTally(
    ElectionId election,
    String scope,
    int seats,
    OptionalLong totalVotes,
    OptionalLong postalVotes,
    OptionalLong notaVotes,
    List<PartyTally> parties) {
  public SeatTally {
    parties = List.copyOf(parties);
  }

  /** Votes of all parties (and independents) that won no seat in the scope. */
  public OptionalLong votesWithoutSeat() {
    List<PartyTally> without = parties.stream().filter(p -> p.won() == 0).toList();
    if (without.stream().anyMatch(p -> p.votes().isEmpty())) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(without.stream().mapToLong(p -> p.votes().orElse(0)).sum());
  }

  /** Seats won by one party, zero if it won none. */
  public int won(org.janadesh.core.party.PartyId party) {
    return parties.stream().filter(p -> p.party().equals(party)).mapToInt(PartyTally::won).sum();
  }
}
