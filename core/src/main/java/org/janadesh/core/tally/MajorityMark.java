package org.janadesh.core.tally;

/**
 * ALL-8: the majority mark is the smallest number of seats that is more than half the seats of the
 * scope (272 of 543). The one place the rule is computed, for a final tally and a live count alike.
 */
public final class MajorityMark {
  private MajorityMark() {}

  /** The majority mark of a scope of {@code seats} seats (ALL-8). */
  public static int of(int seats) {
    if (seats < 0) {
      throw new IllegalArgumentException("ALL-8: negative seats " + seats);
    }
    return seats / 2 + 1;
  }

  /** Seats {@code held} is short of the mark of {@code seats} seats; 0 at or above it (ALL-8). */
  public static int shortBy(int held, int seats) {
    return Math.max(0, of(seats) - held);
  }
}
