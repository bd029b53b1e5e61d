package org.janadesh.core.counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A counting log with snapshots, to show any past moment again: the state as of a sequence number
 * or a receive time is the fold of the log up to it, started from the nearest snapshot at or before
 * it rather than from zero. A snapshot is simply the immutable state after every {@code every}-th
 * entry, so continuing from it gives what a fold from zero gives.
 */
public final class Timeline {
  private final List<LogEntry> entries;
  private final List<ElectionCount> snapshots;
  private final int every;

  private Timeline(List<LogEntry> entries, List<ElectionCount> snapshots, int every) {
    this.entries = entries;
    this.snapshots = snapshots;
    this.every = every;
  }

  /**
   * Folds {@code entries} (the log, in sequence order) from the start of {@code nominations},
   * keeping a snapshot after every {@code every} entries.
   */
  public static Timeline of(Nominations nominations, List<LogEntry> entries, int every) {
    if (every < 1) {
      throw new IllegalArgumentException("snapshot interval must be 1 or more: " + every);
    }
    List<LogEntry> log = List.copyOf(entries);
    List<ElectionCount> snapshots = new ArrayList<>();
    ElectionCount count = ElectionCount.start(nominations);
    snapshots.add(count);
    for (int i = 0; i < log.size(); i++) {
      count = count.apply(log.get(i));
      if ((i + 1) % every == 0) {
        snapshots.add(count);
      }
    }
    return new Timeline(log, List.copyOf(snapshots), every);
  }

  /** The fold of the whole log. */
  public ElectionCount latest() {
    return foldFirst(entries.size());
  }

  /** The state after every entry numbered {@code sequence} or lower. */
  public ElectionCount asOfSequence(long sequence) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).sequence() <= sequence) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return foldFirst(lo);
  }

  /**
   * The state as a reader saw it at {@code moment}: the longest start of the log received at or
   * before it. The store stamps receive times in log order, so this is every entry received by
   * then.
   */
  public ElectionCount asOfTime(Instant moment) {
    int n = 0;
    while (n < entries.size() && !entries.get(n).submission().received().isAfter(moment)) {
      n++;
    }
    return foldFirst(n);
  }

  /** The log entries, in sequence order. */
  public List<LogEntry> entries() {
    return entries;
  }

  private ElectionCount foldFirst(int n) {
    int snapshot = n / every;
    ElectionCount count = snapshots.get(snapshot);
    for (int i = snapshot * every; i < n; i++) {
      count = count.apply(entries.get(i));
    }
    return count;
  }

  /** The state folded from zero, without snapshots: the yardstick snapshots must match. */
  public static ElectionCount foldFromZero(Nominations nominations, List<LogEntry> entries) {
    ElectionCount count = ElectionCount.start(nominations);
    for (LogEntry e : entries) {
      count = count.apply(e);
    }
    return count;
  }
}
