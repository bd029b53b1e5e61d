package org.janadesh.core.counting;

/** One line of a counting-day tally: seats won, seats where the key leads, and their sum. */
public record WonLeading<K>(K key, int won, int leading) {
  public WonLeading {
    if (won < 0 || leading < 0) {
      throw new IllegalArgumentException("negative seats for " + key);
    }
  }

  /** Won + Leading, the figure the ECI results site heads its party-wise table with. */
  public int total() {
    return won + leading;
  }
}
