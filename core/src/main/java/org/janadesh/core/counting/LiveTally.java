package org.janadesh.core.counting;

import java.util.List;
import org.janadesh.core.tally.MajorityMark;

/**
 * Won / Leading / Total per party (or per group) over a scope (India or one state), with the
 * scope's counting progress. Lines are ordered by total, then won, then key.
 */
public record LiveTally<K>(String scope, SeatProgress progress, List<WonLeading<K>> lines) {
  public LiveTally {
    lines = List.copyOf(lines);
    int decided = lines.stream().mapToInt(WonLeading::total).sum();
    if (decided > progress.seats()) {
      throw new IllegalArgumentException(
          decided + " seats won or leading in " + scope + ", which has " + progress.seats());
    }
  }

  /** The smallest number of seats that is more than half the scope's seats (ALL-8): 272 of 543. */
  public int majorityMark() {
    return MajorityMark.of(progress.seats());
  }

  /** Seats {@code line} still needs to reach the majority mark (ALL-8); 0 at or above it. */
  public int shortOfMajority(WonLeading<K> line) {
    return MajorityMark.shortBy(line.total(), progress.seats());
  }

  /**
   * Seats neither won nor leading: not started, countermanded, or counting with no sole leader (a
   * tie at the top). The open dots of the seat arc.
   */
  public int undecided() {
    return progress.seats() - lines.stream().mapToInt(WonLeading::total).sum();
  }

  /** The line for {@code key}, or a line of zeros. */
  public WonLeading<K> line(K key) {
    return lines.stream()
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElse(new WonLeading<>(key, 0, 0));
  }
}
