package org.janadesh.server.live;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.janadesh.store.counting.CountId;

/**
 * A read node's one poller thread (ADR 0012): every interval it asks each opened count's following
 * desk to take what the writer process appended ({@code CountingDesk.catchUp}); the desk then tells
 * the count's broadcast, as a writer's committer would. SQLite tells no other process of a commit,
 * so a poll is the only way to learn of it; one thread for all counts keeps an idle node's cost to
 * one indexed read per count per interval.
 *
 * <p>A count that cannot catch up (the file is locked past the busy timeout, the log is broken) is
 * logged once until it recovers and tried again on the next poll; the other counts go on.
 */
final class LogPoller implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(LogPoller.class.getName());

  private final Supplier<List<LiveCount>> counts;
  private final long pollNanos;
  private final Thread thread;
  private volatile boolean closed;

  /** The last failure logged per count, so a lasting one is not logged 20 times a second. */
  private final Map<CountId, String> failing = new HashMap<>();

  private LogPoller(Supplier<List<LiveCount>> counts, Duration poll) {
    if (poll.isNegative() || poll.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive, not " + poll);
    }
    this.counts = counts;
    this.pollNanos = poll.toNanos();
    this.thread =
        Thread.ofPlatform().daemon().name("read-node-poller").unstarted(this::pollForever);
  }

  /** Starts polling the counts {@code counts} returns (those opened so far) every {@code poll}. */
  static LogPoller start(Supplier<List<LiveCount>> counts, Duration poll) {
    LogPoller p = new LogPoller(counts, poll);
    p.thread.start();
    return p;
  }

  private void pollForever() {
    while (!closed) {
      try {
        Thread.sleep(Duration.ofNanos(pollNanos));
      } catch (InterruptedException e) {
        return;
      }
      for (LiveCount count : counts.get()) {
        if (closed) {
          return;
        }
        catchUp(count);
      }
    }
  }

  private void catchUp(LiveCount count) {
    CountId id = count.session().id();
    try {
      count.desk().catchUp();
      if (failing.remove(id) != null) {
        LOG.log(Level.INFO, "read node: count {0} catches up with its log again", id);
      }
    } catch (RuntimeException e) {
      if (closed) {
        return; // the desks are closing under the last poll
      }
      String why = String.valueOf(e.getMessage());
      if (!Objects.equals(failing.put(id, why), why)) {
        LOG.log(Level.WARNING, "read node: count " + id + " cannot catch up with its log", e);
      }
    }
  }

  /** Stops polling and waits for a poll under way, so no desk is closed in the middle of one. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
