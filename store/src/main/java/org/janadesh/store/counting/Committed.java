package org.janadesh.store.counting;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;

/**
 * What the desk has committed, published to readers in one volatile write: the projection and the
 * log entries behind it. The writer only ever fills slots above {@code size} of the shared array
 * before publishing a larger size, so a reader never sees a slot change under it.
 */
final class Committed {
  private final ElectionCount count;
  private final LogEntry[] entries;
  private final int size;

  private Committed(ElectionCount count, LogEntry[] entries, int size) {
    this.count = count;
    this.entries = entries;
    this.size = size;
  }

  static Committed of(ElectionCount count, List<LogEntry> entries) {
    LogEntry[] array = entries.toArray(new LogEntry[Math.max(16, entries.size() * 2)]);
    return new Committed(count, array, entries.size());
  }

  /** This with {@code more} appended (already folded into {@code next}). */
  Committed append(ElectionCount next, List<LogEntry> more) {
    LogEntry[] array = entries;
    if (size + more.size() > array.length) {
      array = Arrays.copyOf(entries, Math.max(2 * array.length, size + more.size()));
    }
    for (int i = 0; i < more.size(); i++) {
      array[size + i] = more.get(i);
    }
    return new Committed(next, array, size + more.size());
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

  int size() {
    return size;
  }
}
