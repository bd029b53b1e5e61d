package org.janadesh.core.person;

import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * One candidate in one Lok Sabha contest, with what linkage and the career facts need. {@code
 * order} is the contest's place in time and {@code house} the Lok Sabha whose seat it filled,
 * counted among the general elections on record from 0 (PER-5); {@code margin} is the winner's lead
 * over the runner-up, or for a loser the (negative) gap to the winner, null where votes are not on
 * record.
 */
public record Candidacy(
    int order,
    int house,
    ElectionId election,
    ElectionKind kind,
    int year,
    ConstituencyId seat,
    String seatName,
    Candidate candidate,
    boolean won,
    @Nullable Long margin) {
  public Candidacy {
    if (order < 0) {
      throw new IllegalArgumentException("candidacy order must be 0 or more: " + order);
    }
  }

  public String name() {
    return candidate.name();
  }

  public PartyId party() {
    return candidate.party();
  }

  /** The contest this candidacy is part of. */
  public ContestKey contest() {
    return new ContestKey(election, seat);
  }

  /** Two candidacies in one contest are never one person. */
  public record ContestKey(ElectionId election, ConstituencyId seat) {}
}
