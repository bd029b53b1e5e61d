package org.janadesh.core.person;

import java.util.List;

/**
 * One contest in a seat's line of holders (PER-6): its candidacies, the winners, and who held the
 * seat when it was called, with whether that holder stood again and lost (PER-13).
 */
public record SeatContest(
    List<Candidacy> candidacies,
    List<Candidacy> winners,
    List<PersonId> winnerPersons,
    List<PersonId> sittingMembers,
    SittingMember sitting) {
  public SeatContest {
    candidacies = List.copyOf(candidacies);
    winners = List.copyOf(winners);
    winnerPersons = List.copyOf(winnerPersons);
    sittingMembers = List.copyOf(sittingMembers);
  }

  public Candidacy first() {
    return candidacies.get(0);
  }

  /** PER-13: what became of the seat's holder in this contest. */
  public enum SittingMember {
    /** The seat had no holder on record: the first contest of its line. */
    NONE_ON_RECORD,
    /** The holder stood again and won. */
    RETAINED,
    /** The holder stood again and lost. */
    LOST,
    /** The holder did not stand in this contest. */
    DID_NOT_STAND
  }
}
