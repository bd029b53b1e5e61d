package org.janadesh.core.alliance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.janadesh.core.counting.Grouping;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;

/**
 * Alliance membership as the live count groups parties. A national Won / Leading / Total uses the
 * national members everywhere (ALL-2: INDIA's 234 includes AITC's West Bengal seats), a state's
 * uses that state's own record where one exists (ALL-3), exactly as the archive's alliance tallies
 * do, so a live figure and the final one never disagree.
 */
public final class LiveGroupings {
  private LiveGroupings() {}

  /** Every seat grouped by the national membership of {@code election}. */
  public static Grouping national(AllianceBook book, ElectionId election) {
    Membership national = book.membership(election, Optional.empty());
    return (party, state) -> national.subjectOf(party);
  }

  /** Each seat grouped by its own state's membership (national where the state has no record). */
  public static Grouping byState(AllianceBook book, ElectionId election) {
    Map<StateCode, Membership> memberships = new HashMap<>();
    return (party, state) ->
        memberships
            .computeIfAbsent(state, s -> book.membership(election, Optional.of(s)))
            .subjectOf(party);
  }
}
