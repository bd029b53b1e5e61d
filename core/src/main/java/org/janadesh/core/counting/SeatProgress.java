package org.janadesh.core.counting;

/**
 * How far counting has gone in a scope: seats declared (unopposed returns included), counting, not
 * started, and countermanded. They add up to {@code seats}.
 */
public record SeatProgress(
    int seats, int declared, int counting, int notStarted, int countermanded) {
  public SeatProgress {
    if (declared + counting + notStarted + countermanded != seats) {
      throw new IllegalArgumentException("seat progress does not add up to " + seats);
    }
  }
}
