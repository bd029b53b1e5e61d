package org.janadesh.core.counting;

import java.util.Arrays;
import org.janadesh.core.counting.CountingUpdate.RoundCounted;
import org.jspecify.annotations.Nullable;

/**
 * A seat's EVM rounds as read so far, one per round number, in round order: an immutable sorted
 * array. The fold adds a round on nearly every event, and rounds come in order, so a copy of an
 * array of references is all it costs (a copied {@code TreeMap} was the fold's top cost on long
 * days).
 */
final class Rounds {
  static final Rounds NONE = new Rounds(new RoundCounted[0]);

  private final RoundCounted[] byRound;

  private Rounds(RoundCounted[] byRound) {
    this.byRound = byRound;
  }

  /** These rounds with {@code r} in its round's place, replacing what that round said. */
  Rounds with(RoundCounted r) {
    int i = indexOf(r.round());
    if (i >= 0) {
      RoundCounted[] copy = byRound.clone();
      copy[i] = r;
      return new Rounds(copy);
    }
    int at = -i - 1;
    RoundCounted[] more = new RoundCounted[byRound.length + 1];
    System.arraycopy(byRound, 0, more, 0, at);
    more[at] = r;
    System.arraycopy(byRound, at, more, at + 1, byRound.length - at);
    return new Rounds(more);
  }

  boolean isEmpty() {
    return byRound.length == 0;
  }

  /** What round {@code round} said, if counted. */
  @Nullable RoundCounted get(int round) {
    int i = indexOf(round);
    return i < 0 ? null : byRound[i];
  }

  /** The highest round counted below {@code round}, if any. */
  @Nullable RoundCounted below(int round) {
    int i = indexOf(round);
    int at = i < 0 ? -i - 1 : i; // the first index at or above round
    return at == 0 ? null : byRound[at - 1];
  }

  /** The lowest round counted above {@code round}, if any. */
  @Nullable RoundCounted above(int round) {
    int i = indexOf(round);
    int at = i < 0 ? -i - 1 : i + 1; // the first index above round
    return at == byRound.length ? null : byRound[at];
  }

  /** The highest round counted, if any. */
  @Nullable RoundCounted last() {
    return byRound.length == 0 ? null : byRound[byRound.length - 1];
  }

  private int indexOf(int round) {
    int lo = 0;
    int hi = byRound.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = byRound[mid].round();
      if (at < round) {
        lo = mid + 1;
      } else if (at > round) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rounds other && Arrays.equals(byRound, other.byRound);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(byRound);
  }

  @Override
  public String toString() {
    return Arrays.toString(byRound);
  }
}
