package org.janadesh.core.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.metrics.Deposits;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/**
 * Counts seats won, seats contested, votes and forfeited deposits per subject, where a subject is
 * whatever {@code subjectOf} maps a party to: the party itself, its alliance, a bloc or "Others".
 * The one function behind party, alliance and bloc performance (ALL-7), so that an alliance's
 * figures are by construction those of its members counted together.
 */
public final class Performances {
  private Performances() {}

  public static PerformanceTally count(
      ElectionId election,
      String scope,
      Collection<Contest> contests,
      Function<PartyId, String> subjectOf) {
    Map<String, Counts> bySubject = new LinkedHashMap<>();
    boolean votesKnown = true;
    boolean complete = true;
    long total = 0;
    int seats = 0;
    for (Contest contest : contests) {
      seats += contest.seats();
      for (var winner : contest.outcome().winners()) {
        counts(bySubject, subjectOf.apply(winner.party())).won++;
      }
      switch (contest.outcome()) {
        case Polled polled -> {
          complete &= polled.complete();
          total += polled.totalVotes();
          Set<String> standing = new LinkedHashSet<>();
          for (CandidateResult c : polled.candidates()) {
            String subject = subjectOf.apply(c.candidate().party());
            Counts counts = counts(bySubject, subject);
            counts.candidates++;
            counts.votes += c.total();
            // DEP-1 needs every candidate's votes; a partial record cannot say who forfeited.
            if (!polled.complete()) {
              counts.forfeitKnown = false;
            } else if (Deposits.forfeited(polled, c).met()) {
              counts.forfeited++;
            }
            standing.add(subject);
          }
          for (String subject : standing) {
            Counts counts = counts(bySubject, subject);
            counts.contested++;
            counts.votesInContested += polled.totalVotes();
          }
        }
        case Uncontested u -> {
          Counts counts = counts(bySubject, subjectOf.apply(u.returned().party()));
          counts.candidates++;
          counts.contested++;
        }
        case WinnersOnly w -> votesKnown = false;
      }
    }
    boolean sharesKnown = votesKnown && complete && total > 0;
    List<Performance> rows = new ArrayList<>();
    for (Map.Entry<String, Counts> e : bySubject.entrySet()) {
      Counts c = e.getValue();
      rows.add(
          new Performance(
              e.getKey(),
              c.won,
              votesKnown ? OptionalInt.of(c.candidates) : OptionalInt.empty(),
              votesKnown ? OptionalInt.of(c.contested) : OptionalInt.empty(),
              votesKnown ? OptionalLong.of(c.votes) : OptionalLong.empty(),
              sharesKnown ? OptionalDouble.of(100.0 * c.votes / total) : OptionalDouble.empty(),
              votesKnown && complete ? OptionalLong.of(c.votesInContested) : OptionalLong.empty(),
              votesKnown && c.forfeitKnown ? OptionalInt.of(c.forfeited) : OptionalInt.empty()));
    }
    rows.sort(
        Comparator.comparingInt(Performance::won)
            .reversed()
            .thenComparing(
                Comparator.comparingLong((Performance p) -> p.votes().orElse(0)).reversed())
            .thenComparing(Performance::subject));
    return new PerformanceTally(
        election,
        scope,
        seats,
        votesKnown && complete ? OptionalLong.of(total) : OptionalLong.empty(),
        rows);
  }

  private static Counts counts(Map<String, Counts> bySubject, String subject) {
    return bySubject.computeIfAbsent(subject, s -> new Counts());
  }

  /** Running sums for one subject. */
  private static final class Counts {
    int won;
    int candidates;
    int contested;
    long votes;
    long votesInContested;
    int forfeited;
    boolean forfeitKnown = true;
  }
}
