package org.janadesh.core.alliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.Performance;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.core.tally.Performances;

/** Alliance and bloc performance: members counted together, every other party as Others. */
public final class AllianceTallies {
  private AllianceTallies() {}

  /**
   * Tallies {@code contests} (already narrowed to {@code state}, or national) by alliance, with the
   * membership of that scope (ALL-2, ALL-3); Others come last (ALL-4).
   */
  public static PerformanceTally count(
      ElectionId election,
      String scope,
      Optional<StateCode> state,
      Collection<Contest> contests,
      AllianceBook book) {
    Membership membership = book.membership(election, state);
    return othersLast(Performances.count(election, scope, contests, membership::subjectOf));
  }

  /** Tallies a bloc as one subject against everyone else as Others (ALL-6). */
  public static PerformanceTally count(
      ElectionId election, String scope, Collection<Contest> contests, Bloc bloc) {
    return othersLast(
        Performances.count(
            election,
            scope,
            contests,
            p -> bloc.members().contains(p) ? bloc.name() : Membership.OTHERS));
  }

  private static PerformanceTally othersLast(PerformanceTally tally) {
    List<Performance> rows = new ArrayList<>(tally.rows());
    rows.sort(Comparator.comparing((Performance p) -> p.subject().equals(Membership.OTHERS)));
    return new PerformanceTally(
        tally.election(), tally.scope(), tally.seats(), tally.totalVotes(), rows);
  }
}
