package org.janadesh.core.comparison;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;

/**
 * One election of a comparison: its contests in the scope and how its parties map to subjects. Each
 * side has its own mapping because alliances change between elections (CMP-5).
 */
public record Side(
    ElectionId election, List<Contest> contests, Function<PartyId, String> subjectOf) {
  public Side {
    contests = List.copyOf(contests);
  }

  public static Side of(
      ElectionId election, Collection<Contest> contests, Function<PartyId, String> subjectOf) {
    return new Side(election, List.copyOf(contests), subjectOf);
  }

  /** Every party as itself. */
  public static Side byParty(ElectionId election, Collection<Contest> contests) {
    return of(election, contests, PartyId::value);
  }
}
