package org.janadesh.bench.push;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code PushBench --role post}: the process that sends the events while {@link Listener}s hold the
 * clients. It measures every server's memory, says {@code go}, waits (bounded) until every listener
 * is ready, measures the memory again, POSTs the warm-up and measured events to the writer one at a
 * time, stamping each send on the wall clock and waiting (bounded) until every listener says its
 * clients had it, then says {@code sent}, waits for the listeners' results and prints the same
 * report as one process would, merged ({@link Merge}).
 *
 * <p>Options: dir, harnesses, host and port (the writer), servers (every node's host:port, for the
 * header), server-pid (every server's pid, comma-separated), clients (of the whole run), count,
 * token, warmup, events, pause-ms, event-file or db + seat + seed, connect-timeout,
 * receive-timeout, ready-timeout (seconds to wait for the listeners; connect-timeout + 60).
 */
final class Poster {
  private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");

  private Poster() {}

  /** A run that cannot go on: said on stderr, and the listeners are told to stop. */
  static final class Stopped extends Exception {
    private static final long serialVersionUID = 1L;

    Stopped(String message) {
      super(message);
    }
  }

  static void run(Map<String, String> o) throws Exception {
    Rendezvous meet = new Rendezvous(Paths.get(PushBench.required(o, "dir")));
    try {
      post(o, meet);
    } catch (Stopped | RuntimeException e) {
      meet.post(Rendezvous.ABORT, String.valueOf(e.getMessage()));
      System.err.println("post: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void post(Map<String, String> o, Rendezvous meet) throws Exception {
    int harnesses = Integer.parseInt(PushBench.required(o, "harnesses"));
    String host = o.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(PushBench.required(o, "port"));
    String servers = o.getOrDefault("servers", host + ":" + port);
    List<Long> pids = new ArrayList<>();
    if (o.containsKey("server-pid")) {
      for (String p : o.get("server-pid").split(",", -1)) {
        pids.add(Long.parseLong(p));
      }
    }
    String count = o.getOrDefault("count", "ls-2024#sse-bench");
    int clients = Integer.parseInt(PushBench.required(o, "clients"));
    String token = o.getOrDefault("token", "");
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "3"));
    int measuredEvents = Integer.parseInt(o.getOrDefault("events", "5"));
    long pauseMillis = Long.parseLong(o.getOrDefault("pause-ms", "1000"));
    long receiveTimeout = 1000L * Integer.parseInt(o.getOrDefault("receive-timeout", "30"));
    int connectSeconds = Integer.parseInt(o.getOrDefault("connect-timeout", "120"));
    long readyTimeout =
        1000L * Integer.parseInt(o.getOrDefault("ready-timeout", "" + (connectSeconds + 60)));
    List<String> events = PushBench.events(o, count, warmup + measuredEvents);
    String path = PushBench.path(count);

    System.out.printf(
        Locale.ROOT,
        "SSE fan-out: %d clients on %s of %s (POSTs to %s:%d) from %d harness processes;"
            + " sends and receipts on the wall clock%n",
        clients,
        path,
        servers,
        host,
        port,
        harnesses);
    List<Rss> before = rss(pids);
    long t = System.nanoTime();
    meet.post(Rendezvous.GO, "");
    List<String> readyFiles = new ArrayList<>();
    for (int h = 0; h < harnesses; h++) {
      readyFiles.add(Rendezvous.ready(h));
    }
    List<String> missing = meet.awaitAll(readyFiles, readyTimeout);
    if (!missing.isEmpty()) {
      throw new Stopped(
          "listeners not ready within "
              + readyTimeout / 1000
              + " s (--ready-timeout): no "
              + missing
              + "; see their logs");
    }
    double connected = (System.nanoTime() - t) / 1e9;
    List<ListenerReport> ready = new ArrayList<>();
    for (String f : readyFiles) {
      ready.add(ListenerReport.parse(meet.read(f)));
    }
    int readyClients = ready.stream().mapToInt(ListenerReport::ready).sum();
    System.out.printf(
        Locale.ROOT,
        "connected       | %d of %d ready in %.1f s; failed %d %s; closed %d; events before"
            + " the ingest %d%n",
        readyClients,
        clients,
        connected,
        ready.stream().mapToInt(ListenerReport::failed).sum(),
        failures(ready),
        ready.stream().mapToInt(ListenerReport::closed).sum(),
        ready.stream().mapToLong(ListenerReport::eventsBefore).sum());
    if (readyClients == 0) {
      throw new Stopped("no client connected: nothing to measure");
    }
    Thread.sleep(1_000); // let the servers settle their per-connection state before measuring it
    List<Rss> withClients = rss(pids);

    HttpClient http = HttpClient.newHttpClient();
    PushBench.warm(http, host, port);
    List<Send> sends = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      String label = PushBench.label(i, warmup, events.size());
      if (i > 0) {
        Thread.sleep(pauseMillis);
      }
      long serversBefore = cpu(pids);
      long harnessesBefore = harnessCpu(ready);
      long sentMicros = WallClock.micros();
      long sent = System.nanoTime();
      HttpResponse<String> ack = PushBench.post(http, host, port, path, token, events.get(i));
      long acked = System.nanoTime();
      if (ack.statusCode() / 100 != 2) {
        throw new Stopped(label + ": POST " + ack.statusCode() + ": " + ack.body());
      }
      List<String> got = new ArrayList<>();
      for (int h = 0; h < harnesses; h++) {
        got.add(Rendezvous.got(h, i));
      }
      meet.awaitAll(got, receiveTimeout);
      String cpu =
          pids.isEmpty()
              ? ""
              : String.format(
                  Locale.ROOT,
                  "; CPU servers %d ms, harnesses %d ms",
                  cpu(pids) - serversBefore,
                  harnessCpu(ready) - harnessesBefore);
      sends.add(
          new Send(
              label,
              sentMicros,
              acked - sent,
              seqOf(ack.body()),
              cpu + (i == 0 ? "  (cold: first event the server ingests)" : "")));
    }
    List<Rss> after = rss(pids);
    meet.post(Rendezvous.SENT, "");

    List<String> resultFiles = new ArrayList<>();
    for (int h = 0; h < harnesses; h++) {
      resultFiles.add(Rendezvous.result(h));
    }
    missing = meet.awaitAll(resultFiles, receiveTimeout + 60_000);
    if (!missing.isEmpty()) {
      throw new Stopped("listeners gave no results: no " + missing + "; see their logs");
    }
    List<ListenerReport> results = new ArrayList<>();
    for (String f : resultFiles) {
      results.add(ListenerReport.parse(meet.read(f)));
    }
    Merge.Outcome merged = Merge.of(results, sends);
    List<Round> measured = new ArrayList<>();
    for (int i = 0; i < sends.size(); i++) {
      Round round = merged.rounds().get(i);
      System.out.println(round.line(sends.get(i).note()));
      if (i >= warmup) {
        measured.add(round);
      }
    }
    for (String problem : merged.problems()) {
      System.out.println("PROBLEM         | " + problem);
    }
    long unnumbered = results.stream().mapToLong(ListenerReport::unnumbered).sum();
    if (unnumbered > 0) {
      System.out.println("PROBLEM         | " + unnumbered + " events without a numeric id");
    }
    PushBench.summary(
        measured,
        warmup,
        clients,
        results.stream().mapToInt(ListenerReport::closed).sum(),
        results.stream().mapToLong(ListenerReport::heartbeats).max().orElse(0));
    if (!pids.isEmpty()) {
      System.out.println(memory(before, withClients, after, readyClients));
    }
  }

  /**
   * The memory line: every server's growth from before the clients to with them, summed, over all
   * clients (each client is a connection to exactly one server).
   */
  static String memory(List<Rss> before, List<Rss> connected, List<Rss> after, int clients) {
    long b = before.stream().mapToLong(Rss::kib).sum();
    long c = connected.stream().mapToLong(Rss::kib).sum();
    long a = after.stream().mapToLong(Rss::kib).sum();
    return String.format(
        Locale.ROOT,
        "server memory   | RSS %.1f MiB before, %.1f MiB with %d connected (%.1f KiB per"
            + " connection), %.1f MiB after the event; threads %d -> %d; summed over %d server"
            + " processes",
        b / 1024.0,
        c / 1024.0,
        clients,
        (c - b) / (double) clients,
        a / 1024.0,
        before.stream().mapToInt(Rss::threads).sum(),
        connected.stream().mapToInt(Rss::threads).sum(),
        before.size());
  }

  /** The log sequence the writer acknowledged (the event's SSE id), or -1 if it said none. */
  static long seqOf(String ack) {
    Matcher m = SEQ.matcher(ack);
    long seq = -1;
    while (m.find()) {
      seq = Math.max(seq, Long.parseLong(m.group(1)));
    }
    return seq;
  }

  private static Map<String, Integer> failures(List<ListenerReport> reports) {
    Map<String, Integer> all = new LinkedHashMap<>();
    reports.forEach(r -> r.failures().forEach((why, n) -> all.merge(why, n, Integer::sum)));
    return all;
  }

  private static List<Rss> rss(List<Long> pids) {
    return pids.stream().map(Rss::of).toList();
  }

  private static long cpu(List<Long> pids) {
    return pids.stream().mapToLong(p -> Rss.of(p).cpuMillis()).sum();
  }

  /** The CPU time of every listener and of this process. */
  private static long harnessCpu(List<ListenerReport> listeners) {
    return PushBench.harnessCpuMillis()
        + listeners.stream().mapToLong(l -> Rss.of(l.pid()).cpuMillis()).sum();
  }
}
