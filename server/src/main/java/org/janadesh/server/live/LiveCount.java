package org.janadesh.server.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.SeatCount;
import org.janadesh.core.counting.SeatStatus;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.server.http.Representation;
import org.janadesh.server.push.Broadcast;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingDesk;

/**
 * One count opened by the server: its election and archived contests (the nominations, CNT-6), the
 * counting desk every request and in-process feeder shares, the broadcast of its log to SSE
 * clients, and answers cached for the log sequence they were built at.
 */
public final class LiveCount implements AutoCloseable {
  private final Election election;
  private final List<Contest> contests;
  private final Registries registries;
  private final Map<ConstituencyId, Contest> byId;
  private final CountingDesk desk;
  private final Broadcast broadcast;

  /** Answers keyed by query and the sequence they reflect; emptied when the log moves on. */
  private volatile Cache cache = new Cache(-1);

  private record Cache(long sequence, Map<String, Representation> answers) {
    Cache(long sequence) {
      this(sequence, new ConcurrentHashMap<>());
    }
  }

  LiveCount(
      Election election,
      List<Contest> contests,
      Registries registries,
      CountingDesk desk,
      Broadcast broadcast) {
    this.election = election;
    this.contests = List.copyOf(contests);
    this.registries = registries;
    Map<ConstituencyId, Contest> byId = new HashMap<>();
    contests.forEach(c -> byId.put(c.constituency(), c));
    this.byId = Map.copyOf(byId);
    this.desk = desk;
    this.broadcast = broadcast;
  }

  public CountSession session() {
    return desk.session();
  }

  public Election election() {
    return election;
  }

  public List<Contest> contests() {
    return contests;
  }

  /** The archived contest of a seat of this count. */
  public Contest contest(ConstituencyId id) {
    Contest c = byId.get(id);
    if (c == null) {
      throw new IllegalArgumentException(id + " is not a seat of " + session().id());
    }
    return c;
  }

  /** The seat's state as named in the election's year. */
  public String stateName(ConstituencyId id) {
    return registries.states().state(id.state(), election.year()).name();
  }

  public Registries registries() {
    return registries;
  }

  public CountingDesk desk() {
    return desk;
  }

  public Broadcast broadcast() {
    return broadcast;
  }

  static Nominations nominations(Election election, List<Contest> contests) {
    return Nominations.from(election.id(), contests);
  }

  /**
   * The answer to {@code query} built at log sequence {@code sequence}, computed once: every client
   * polling between two commits shares one representation.
   */
  public Representation cached(String query, long sequence, Supplier<Representation> build) {
    long now = desk.current().sequence();
    Cache c = cache;
    if (c.sequence() != now) {
      c = new Cache(now);
      cache = c; // a racing thread may install its own; both are right for their sequence
    }
    return c.answers().computeIfAbsent(query + "@" + sequence, k -> build.get());
  }

  /**
   * True when nothing more will change the count: every seat declared, returned unopposed or
   * countermanded. Answers are then cached for long ({@code Freshness.FINAL}).
   */
  public static boolean finished(ElectionCount count) {
    for (SeatCount seat : count.seats()) {
      switch (seat.status()) {
        case SeatStatus.NotStarted n -> {
          return false;
        }
        case SeatStatus.Counting c -> {
          return false;
        }
        case SeatStatus.Declared d -> {}
        case SeatStatus.Countermanded c -> {}
        case SeatStatus.ReturnedUncontested u -> {}
      }
    }
    return true;
  }

  @Override
  public void close() {
    broadcast.close();
    desk.close();
  }
}
