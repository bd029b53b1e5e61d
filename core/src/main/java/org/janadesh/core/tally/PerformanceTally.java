package org.janadesh.core.tally;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.janadesh.core.election.ElectionId;

/**
 * Performance of every subject in one scope of one election, most seats first, with the scope's
 * seats, all votes polled and the majority mark (ALL-8: more than half the seats).
 */
public record PerformanceTally(
    ElectionId election, String scope, int seats, OptionalLong totalVotes, List<Performance> rows) {
  public PerformanceTally {
    rows = List.copyOf(rows);
  }

  /** The smallest number of seats that is more than half of the scope's seats: 272 of 543. */
  public int majorityMark() {
    return MajorityMark.of(seats);
  }

  /**
   * Seats of the scope that no row won: no winner on record (a countermanded poll, a seat left
   * vacant). Every winner counts towards exactly one row, so this is the seats less the rows' wins.
   */
  public int undecided() {
    return seats - rows.stream().mapToInt(Performance::won).sum();
  }

  /** The row of one subject, if it fielded a candidate or won a seat in the scope. */
  public Optional<Performance> row(String subject) {
    return rows.stream().filter(r -> r.subject().equals(subject)).findFirst();
  }

  /** Seats won by one subject, zero if it has no row. */
  public int won(String subject) {
    return row(subject).map(Performance::won).orElse(0);
  }
}
