package org.janadesh.store.counting;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.counting.LogEntry;

/**
 * The durable log of one count: where {@link CountingDesk} appends what it decided and reads it
 * back on start. An engine (SQLite now, PostgreSQL later) implements it and passes {@code
 * CountingLogContract}.
 *
 * <p>Only the desk's committer thread appends; reads may come from any thread.
 */
public interface CountingLog extends AutoCloseable {
  /** The count this log belongs to. */
  CountSession session();

  /**
   * Appends {@code entries} in one transaction and returns only once it is committed durably: all
   * of them or none. Their sequence numbers must follow the log's last one without a gap, and their
   * receive times must not fall.
   *
   * @throws StorageFailure if the entries could not be committed; none of them is in the log
   */
  void append(List<LogEntry> entries);

  /**
   * Entries made ready to append: whatever an engine can do for them outside its write transaction
   * (encoding payloads, formatting instants), so that the desk's decider does it while the
   * committer commits the batch before.
   */
  interface Staged {
    /** The entries, in sequence order. */
    List<LogEntry> entries();
  }

  /** {@code entries} made ready for {@link #appendStaged}; by default nothing is done ahead. */
  default Staged stage(List<LogEntry> entries) {
    List<LogEntry> copy = List.copyOf(entries);
    return () -> copy;
  }

  /**
   * Appends the entries of {@code batches}, in order, in one transaction, as {@link #append(List)}
   * does; {@code staged} only tells the engine where to find work already done.
   *
   * @throws StorageFailure if the entries could not be committed; none of them is in the log
   */
  default void appendStaged(List<Staged> batches) {
    List<LogEntry> all = new ArrayList<>();
    for (Staged b : batches) {
      all.addAll(b.entries());
    }
    append(all);
  }

  /**
   * The entries numbered above {@code after}, in sequence order, at most {@code limit} of them.
   *
   * @throws StorageFailure if the log cannot be read
   */
  List<LogEntry> read(long after, int limit);

  /** The last sequence number in the log; 0 when it is empty. */
  long lastSequence();

  @Override
  void close();
}
