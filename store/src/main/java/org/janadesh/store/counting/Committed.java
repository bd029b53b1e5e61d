package org.janadesh.store.counting;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;

/**
 * What the desk has committed, published to readers in one volatile write: the projection, the log
 * entries behind it, and the state after every {@code every}-th entry (in-memory snapshots, so a
 * past moment is a short fold from the nearest one, as in core's {@code Timeline}). The desk's
 * decider only ever fills array slots above the published sizes, and the committer publishes a
 * larger one only after the decider handed it over (a happens-before edge through the hand-off
 * queue), so a reader never sees a slot change under it. A read node's desk fills the slots and
 * publishes on one thread ({@code CountingDesk.catchUp}).
 */
final class Committed {
  private final ElectionCount count;
  private final LogEntry[] entries;
  private final int size;
  private final ElectionCount[] snapshots;
  private final int every;

  private Committed(
      ElectionCount count, LogEntry[] entries, int size, ElectionCount[] snapshots, int every) {
    this.count = count;
    this.entries = entries;
    this.size = size;
    this.snapshots = snapshots;
    this.every = every;
  }

  /** Nothing committed yet: {@code start} is the state before the first entry. */
  static Committed empty(ElectionCount start, int every) {
    ElectionCount[] snapshots = new ElectionCount[16];
    snapshots[0] = start;
    return new Committed(start, new LogEntry[1024], 0, snapshots, every);
  }

  /**
   * This with {@code entry} appended; {@code next} is the state after it. Only the decider calls
   * this; the committer publishes the result only after the entry is committed.
   */
  Committed append(ElectionCount next, LogEntry entry) {
    LogEntry[] array = size < entries.length ? entries : Arrays.copyOf(entries, 2 * size);
    array[size] = entry;
    ElectionCount[] snaps = snapshots;
    int n = size + 1;
    if (n % every == 0) {
      int slot = n / every;
      if (slot >= snaps.length) {
        snaps = Arrays.copyOf(snaps, 2 * snaps.length);
      }
      snaps[slot] = next;
    }
    return new Committed(next, array, n, snaps, every);
  }

  ElectionCount count() {
    return count;
  }

  /** The committed entries in sequence order; a read-only view. */
  List<LogEntry> entries() {
    return Collections.unmodifiableList(Arrays.asList(entries).subList(0, size));
  }

  /**
   * The entries numbered above {@code after}, at most {@code limit}. Sequences run 1, 2, 3… without
   * a gap, so entry n sits at index n - 1.
   */
  List<LogEntry> since(long after, int limit) {
    int from = (int) Math.min(Math.max(after, 0), size);
    int to = (int) Math.min((long) from + limit, size);
    return List.copyOf(Arrays.asList(entries).subList(from, to));
  }

  /** The state after the first {@code n} entries (all of them if {@code n} is larger). */
  ElectionCount first(long n) {
    int upTo = (int) Math.min(Math.max(n, 0), size);
    int slot = upTo / every;
    ElectionCount state = snapshots[slot];
    for (int i = slot * every; i < upTo; i++) {
      state = state.apply(entries[i]);
    }
    return state;
  }

  /**
   * How many entries were received at or before {@code moment}: receive times never fall along the
   * log, so they are a prefix, found by binary search.
   */
  int receivedBy(Instant moment) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid].submission().received().isAfter(moment)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  int size() {
    return size;
  }
}
