package org.janadesh.core.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.core.result.WinnersOnly;

/** Counts seats and votes per party: the one function every face uses for a party tally. */
public final class Tallies {
  private Tallies() {}

  /**
   * Tallies {@code contests} (already narrowed to the scope by the caller) for {@code election}.
   * Vote share is a party's votes as a percent of all votes polled in the scope, NOTA included, as
   * the ECI reports it (RES-2); an uncontested return is a seat won with no votes (RES-3).
   */
  public static SeatTally count(
      ElectionId election, String scope, Collection<Contest> contests, PartyRegistry parties) {
    Map<PartyId, int[]> won = new HashMap<>();
    Map<PartyId, long[]> votes = new HashMap<>();
    Totals totals = new Totals();
    int seats = 0;
    for (Contest contest : contests) {
      seats += contest.seats();
      contest
          .outcome()
          .winners()
          .forEach(w -> won.computeIfAbsent(w.party(), p -> new int[1])[0]++);
      switch (contest.outcome()) {
        case Polled polled -> {
          for (CandidateResult c : polled.candidates()) {
            votes.computeIfAbsent(c.candidate().party(), p -> new long[1])[0] += c.total();
            totals.add(c.votes());
          }
          Votes nota = polled.nota();
          if (nota != null) {
            totals.addNota(nota);
          }
          totals.complete &= polled.complete();
        }
        case Uncontested u -> votes.computeIfAbsent(u.returned().party(), p -> new long[1]);
        case WinnersOnly w -> totals.votesKnown = false;
      }
    }
    List<PartyTally> lines = new ArrayList<>();
    List<PartyId> ids = new ArrayList<>(won.keySet());
    votes.keySet().stream().filter(id -> !won.containsKey(id)).forEach(ids::add);
    for (PartyId id : ids) {
      int seatsWon = won.containsKey(id) ? won.get(id)[0] : 0;
      OptionalLong partyVotes =
          totals.votesKnown
              ? OptionalLong.of(votes.getOrDefault(id, new long[1])[0])
              : OptionalLong.empty();
      OptionalDouble share =
          totals.votesKnown && totals.complete && totals.total > 0
              ? OptionalDouble.of(100.0 * partyVotes.orElse(0) / totals.total)
              : OptionalDouble.empty();
      lines.add(new PartyTally(id, parties.party(id).name(), seatsWon, partyVotes, share));
    }
    lines.sort(
        Comparator.comparingInt(PartyTally::won)
            .reversed()
            .thenComparing(
                Comparator.comparingLong((PartyTally p) -> p.votes().orElse(0)).reversed())
            .thenComparing(PartyTally::party));
    return new SeatTally(
        election,
        scope,
        seats,
        // A partial record (top candidates only) has no total to speak of (RES-2).
        totals.votesKnown && totals.complete ? OptionalLong.of(totals.total) : OptionalLong.empty(),
        totals.votesKnown && totals.complete && totals.split
            ? OptionalLong.of(totals.postal)
            : OptionalLong.empty(),
        totals.votesKnown && totals.complete && totals.notaKnown
            ? OptionalLong.of(totals.nota)
            : OptionalLong.empty(),
        lines);
  }

  /**
   * Tallies one state's contests of {@code election} (the election's contests narrowed to {@code
   * state}); {@code scope} names the state as the faces show it.
   */
  public static SeatTally countInState(
      ElectionId election,
      String scope,
      StateCode state,
      Collection<Contest> contests,
      PartyRegistry parties) {
    List<Contest> inState =
        contests.stream().filter(c -> c.constituency().state().equals(state)).toList();
    return count(election, scope, inState, parties);
  }

  /** Running sums over a scope, with what is known about them. */
  private static final class Totals {
    long total;
    long postal;
    long nota;
    boolean votesKnown = true;
    boolean complete = true;
    boolean split = true;
    boolean notaKnown = false;

    void add(Votes v) {
      total += v.total();
      switch (v) {
        case Votes.ByMode m -> postal += m.postal();
        case Votes.TotalOnly t -> split = false;
      }
    }

    void addNota(Votes v) {
      add(v);
      nota += v.total();
      notaKnown = true;
    }
  }
}
