package org.janadesh.core.counting;

import java.util.List;

/**
 * Won / Leading / Total per party (or per group) over a scope (India or one state), with the
 * scope's counting progress. Lines are ordered by total, then won, then key.
 */
public record LiveTally<K>(String scope, SeatProgress progress, List<WonLeading<K>> lines) {
  public LiveTally {
    lines = List.copyOf(lines);
  }

  /** The line for {@code key}, or a line of zeros. */
  public WonLeading<K> line(K key) {
    return lines.stream()
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElse(new WonLeading<>(key, 0, 0));
  }
}
