package org.janadesh.bench.push;

import java.net.InetSocketAddress;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code PushBench --role listen}: one harness process's share of the clients. It waits for the
 * post process's {@code go}, opens its share of the run's clients ({@link Partition}: round-robin
 * over {@code --servers} by client number over the whole run), says it is ready, then keeps for
 * every client each new event and its wall-clock time of arrival, says when every live client of
 * its share has had the e-th, and once all {@code --expect} events are in (or {@code sent} came and
 * {@code --receive-timeout} passed) writes everything for the post process to merge.
 *
 * <p>Options: dir (shared with the post process), harness (its number, from 0), harnesses, clients
 * (of the whole run), servers (host:port,host:port…), expect, count, sources, threads, in-flight,
 * connect-timeout, receive-timeout, wait-timeout (seconds to wait for {@code go} and for the
 * events; 600).
 */
final class Listener {
  private Listener() {}

  static void run(Map<String, String> o) throws Exception {
    Rendezvous meet = new Rendezvous(Paths.get(PushBench.required(o, "dir")));
    int harness = Integer.parseInt(PushBench.required(o, "harness"));
    Partition share =
        Partition.of(
                Integer.parseInt(PushBench.required(o, "clients")),
                Integer.parseInt(PushBench.required(o, "harnesses")))
            .get(harness);
    int first = share.first();
    int clients = share.clients();
    int expect = Integer.parseInt(PushBench.required(o, "expect"));
    List<InetSocketAddress> servers = servers(PushBench.required(o, "servers"));
    String path = PushBench.path(o.getOrDefault("count", "ls-2024#sse-bench"));
    int sources = Integer.parseInt(o.getOrDefault("sources", "4"));
    int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
    int inFlight = Integer.parseInt(o.getOrDefault("in-flight", "500"));
    long connectTimeout = 1000L * Integer.parseInt(o.getOrDefault("connect-timeout", "120"));
    long receiveTimeout = 1000L * Integer.parseInt(o.getOrDefault("receive-timeout", "30"));
    long waitTimeout = 1000L * Integer.parseInt(o.getOrDefault("wait-timeout", "600"));

    if (!meet.awaitAll(List.of(Rendezvous.GO), waitTimeout).isEmpty()
        || meet.has(Rendezvous.ABORT)) {
      throw new IllegalStateException(
          "listener "
              + harness
              + ": no go from the post process within "
              + waitTimeout / 1000
              + " s");
    }
    FanOut fan =
        new FanOut(servers, first, path, PushBench.sources(sources), threads, WallClock::micros);
    try {
      long t = System.nanoTime();
      int ready = fan.connect(clients, inFlight, connectTimeout);
      long connectMillis = (System.nanoTime() - t) / 1_000_000;
      fan.record(
          expect); // before saying ready: no event of the run is sent until every listener is
      meet.post(
          Rendezvous.ready(harness),
          report(fan, harness, clients, ready, connectMillis, false).text());

      long giveUp = System.currentTimeMillis() + waitTimeout;
      long sentSeen = 0;
      int e = 0;
      while (e < expect) {
        if (fan.delivered(e) >= ready - fan.closed.get()) {
          meet.post(Rendezvous.got(harness, e), "");
          e++;
          continue;
        }
        long now = System.currentTimeMillis();
        if (sentSeen == 0 && meet.has(Rendezvous.SENT)) {
          sentSeen = now;
        }
        if (meet.has(Rendezvous.ABORT)
            || (sentSeen != 0 && now > sentSeen + receiveTimeout)
            || now > giveUp) {
          break;
        }
        Thread.sleep(2);
      }
      fan.close(); // the selector threads are joined: every stream's record is final and visible
      meet.post(
          Rendezvous.result(harness),
          report(fan, harness, clients, ready, connectMillis, true).text());
    } finally {
      fan.close();
    }
  }

  private static ListenerReport report(
      FanOut fan, int harness, int clients, int ready, long connectMillis, boolean withClients) {
    List<ListenerReport.Client> kept = new ArrayList<>();
    if (withClients) {
      for (Stream s : fan.streams()) {
        if (s.ready && s.response.status() == 200) {
          kept.add(new ListenerReport.Client(s.closedAt, s.recordedIds(), s.recordedTimes()));
        }
      }
    }
    return new ListenerReport(
        harness,
        clients,
        ready,
        fan.failed.get(),
        fan.closed.get(),
        fan.eventsBeforeArming.get(),
        fan.heartbeats.get(),
        fan.unnumbered.get(),
        ProcessHandle.current().pid(),
        connectMillis,
        PushBench.harnessCpuMillis(),
        fan.failures,
        kept);
  }

  /** {@code host:port,host:port…} */
  static List<InetSocketAddress> servers(String list) {
    List<InetSocketAddress> servers = new ArrayList<>();
    for (String s : list.split(",", -1)) {
      int colon = s.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("--servers takes host:port,host:port…, not " + list);
      }
      servers.add(
          new InetSocketAddress(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1))));
    }
    return servers;
  }
}
