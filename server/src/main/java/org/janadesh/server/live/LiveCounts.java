package org.janadesh.server.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.server.push.Broadcast;
import org.janadesh.store.counting.CountId;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.SqliteCountingLog;
import org.janadesh.store.sqlite.SqliteArchive;
import org.jspecify.annotations.Nullable;

/**
 * Every count of the store, each opened as one {@link CountingDesk} on first use and shared from
 * then on by all requests, SSE clients and in-process feeders (the demo's replay): a count has one
 * writer, so its sequence numbers never clash. Counts recorded by another process after the server
 * started are found on the next lookup.
 *
 * <p>On a read node ({@link #following}, ADR 0012) every count is opened as a following desk that
 * never writes, and one poller thread calls {@link CountingDesk#catchUp} on each opened count every
 * poll interval, so the writer process's entries reach this node's SSE clients.
 */
public final class LiveCounts implements AutoCloseable {
  /** How often a read node looks for the writer's new entries unless told otherwise. */
  public static final Duration POLL = Duration.ofMillis(50);

  private final Path db;
  private final SqliteArchive archive;
  private final Registries registries;
  private final Map<CountId, LiveCount> open = new ConcurrentHashMap<>();
  private final ReentrantLock opening = new ReentrantLock();
  private boolean closed;
  private final @Nullable LogPoller poller;

  /** A writer's counts: desks that decide and append. */
  public LiveCounts(Path db, SqliteArchive archive, Registries registries) {
    this(db, archive, registries, null);
  }

  private LiveCounts(
      Path db, SqliteArchive archive, Registries registries, @Nullable Duration poll) {
    this.db = db;
    this.archive = archive;
    this.registries = registries;
    this.poller = poll == null ? null : LogPoller.start(this::opened, poll);
  }

  /**
   * A read node's counts (ADR 0012): each followed from the log another process writes, caught up
   * every {@code poll}.
   */
  public static LiveCounts following(
      Path db, SqliteArchive archive, Registries registries, Duration poll) {
    return new LiveCounts(db, archive, registries, poll);
  }

  /** True on a read node: counts are followed, never written. */
  public boolean follows() {
    return poller != null;
  }

  /** The counts recorded in the store, real and test, in id order. */
  public List<CountSession> sessions() {
    return SqliteCountingLog.sessions(db);
  }

  /** The counts opened so far (for metrics). */
  public List<LiveCount> opened() {
    return new ArrayList<>(open.values());
  }

  /**
   * The count {@code id} if the store has it, opened on first use; empty when the store does not
   * hold it or the archive lacks its election's contests.
   */
  public Optional<LiveCount> find(CountId id) {
    LiveCount ready = open.get(id);
    if (ready != null) {
      return Optional.of(ready);
    }
    Optional<CountSession> session = sessions().stream().filter(s -> s.id().equals(id)).findFirst();
    if (session.isEmpty()) {
      return Optional.empty();
    }
    Optional<Election> election = archive.election(id.election());
    if (election.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(feed(election.get(), session.get()));
  }

  /**
   * The count {@code session} of {@code election}, recorded in the store if it is new: how an
   * in-process feeder (the demo's replay) or the ingest endpoint reaches the desk every reader
   * shares.
   *
   * @throws IllegalArgumentException if the store holds the count under another description, or the
   *     archive has no contests of the election to count
   * @throws org.janadesh.store.counting.StorageFailure on a read node, if the writer has not
   *     recorded the count: a read node records nothing
   */
  public LiveCount feed(Election election, CountSession session) {
    LiveCount ready = open.get(session.id());
    if (ready != null) {
      return ready;
    }
    opening.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the server's counts are closed");
      }
      ready = open.get(session.id());
      if (ready != null) {
        return ready;
      }
      List<Contest> contests = archive.contests(election.id());
      if (contests.isEmpty()) {
        throw new IllegalArgumentException(
            "the archive has no contests of " + election.id() + " to count");
      }
      Nominations nominations = LiveCount.nominations(election, contests);
      CountingDesk desk =
          follows()
              ? CountingDesk.follow(
                  SqliteCountingLog.openToFollow(db, session, new JsonLinesCodec()), nominations)
              : CountingDesk.open(
                  SqliteCountingLog.open(db, session, new JsonLinesCodec()), nominations);
      Map<ConstituencyId, Contest> byId = new HashMap<>();
      contests.forEach(c -> byId.put(c.constituency(), c));
      EntryDocument entries =
          new EntryDocument(
              session,
              byId,
              c -> registries.states().state(c.constituency().state(), election.year()).name());
      LiveCount count =
          new LiveCount(
              election,
              contests,
              registries,
              desk,
              Broadcast.start(desk, LiveCount.nominations(election, contests), entries));
      open.put(session.id(), count);
      return count;
    } finally {
      opening.unlock();
    }
  }

  /** Closes every desk: what was submitted is answered first. */
  @Override
  public void close() {
    if (poller != null) {
      poller.close(); // before the desks close under it
    }
    opening.lock();
    try {
      closed = true;
      open.values().forEach(LiveCount::close);
      open.clear();
    } finally {
      opening.unlock();
    }
  }
}
