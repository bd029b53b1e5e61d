package org.janadesh.core.comparison;

import java.util.OptionalDouble;

/**
 * A subject's seats and vote share in both elections (CMP-2, CMP-3). Shares are empty where the
 * record cannot give them (winners-only years, partial records), and so is the swing.
 */
public record SubjectChange(
    String subject,
    int seatsPrevious,
    int seatsCurrent,
    OptionalDouble voteSharePrevious,
    OptionalDouble voteShareCurrent) {

  /** Seats now minus seats before, over all seats of each election in scope (CMP-2). */
  public int change() {
    return seatsCurrent - seatsPrevious;
  }

  /** Vote share now minus vote share before, in percentage points (CMP-3). */
  public OptionalDouble swing() {
    return voteSharePrevious.isPresent() && voteShareCurrent.isPresent()
        ? OptionalDouble.of(voteShareCurrent.getAsDouble() - voteSharePrevious.getAsDouble())
        : OptionalDouble.empty();
  }
}
