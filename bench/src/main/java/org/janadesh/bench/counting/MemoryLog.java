package org.janadesh.bench.counting;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingLog;

/**
 * A counting log held in a list: the desk's decide, fold and answer without any storage, so the
 * in-memory ingest figure is the desk's own cost.
 */
final class MemoryLog implements CountingLog {
  private final CountSession session;
  private final List<LogEntry> entries = new ArrayList<>();

  MemoryLog(CountSession session) {
    this.session = session;
  }

  @Override
  public CountSession session() {
    return session;
  }

  @Override
  public synchronized void append(List<LogEntry> more) {
    entries.addAll(more);
  }

  @Override
  public synchronized List<LogEntry> read(long after, int limit) {
    int from = (int) Math.min(after, entries.size());
    int to = (int) Math.min((long) from + limit, entries.size());
    return List.copyOf(entries.subList(from, to));
  }

  @Override
  public synchronized long lastSequence() {
    return entries.size();
  }

  @Override
  public void close() {}
}
