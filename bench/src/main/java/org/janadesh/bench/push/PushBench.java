package org.janadesh.bench.push;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SSE fan-out: N clients on {@code GET /api/v1/elections/{count}/events} (text/event-stream),
 * events ingested one at a time through {@code POST} the same path with a bearer token, and the
 * time from just before each POST until each client has that event. The first {@code warmup} events
 * are reported one by one (the first is the cold one: nothing JIT-compiled yet) and left out of the
 * summary; the next {@code events} are reported one by one and pooled: p50, p99, max over every
 * delivery, how many arrived. And the server's resident memory per connection (VmRSS before the
 * clients and after they are all connected).
 *
 * <p>Options ({@code --name value}): port, host (127.0.0.1), count (ls-2024#sse-bench), clients
 * (1000), sources (4: 127.0.0.1 … 127.0.0.4), threads (2 selector threads), in-flight (500
 * connecting at once), server-pid (for RSS; omit to skip), token, warmup (3), events (5), pause-ms
 * between events (1000), event-file (one event per line) or db + seat (S24-54) + seed (1) to make
 * them (the seat's first updates), connect-timeout and receive-timeout (seconds; 120, 30).
 *
 * <p>With {@code --role listen} or {@code --role post} the run is split over several processes (one
 * process can hold only as many sockets as its open-files limit allows): see {@link Listener} and
 * {@link Poster}. Without a role one process does both, as here.
 */
public final class PushBench {
  private PushBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    switch (o.getOrDefault("role", "all")) {
      case "all" -> alone(o);
      case "listen" -> Listener.run(o);
      case "post" -> Poster.run(o);
      default ->
          throw new IllegalArgumentException(
              "--role is listen or post (or absent: one process), not " + o.get("role"));
    }
  }

  private static void alone(Map<String, String> o) throws Exception {
    String host = o.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(required(o, "port"));
    String count = o.getOrDefault("count", "ls-2024#sse-bench");
    int clients = Integer.parseInt(o.getOrDefault("clients", "1000"));
    int sources = Integer.parseInt(o.getOrDefault("sources", "4"));
    int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
    int inFlight = Integer.parseInt(o.getOrDefault("in-flight", "500"));
    long connectTimeout = 1000L * Integer.parseInt(o.getOrDefault("connect-timeout", "120"));
    long receiveTimeout = 1000L * Integer.parseInt(o.getOrDefault("receive-timeout", "30"));
    String token = o.getOrDefault("token", "");
    Long pid = o.containsKey("server-pid") ? Long.parseLong(o.get("server-pid")) : null;
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "3"));
    int measuredEvents = Integer.parseInt(o.getOrDefault("events", "5"));
    long pauseMillis = Long.parseLong(o.getOrDefault("pause-ms", "1000"));
    List<String> events = events(o, count, warmup + measuredEvents);
    String path = path(count);
    List<InetSocketAddress> from = sources(sources);
    System.out.printf(
        Locale.ROOT,
        "SSE fan-out: %d clients on %s:%d%s from %d loopback addresses, %d selector threads%n",
        clients,
        host,
        port,
        path,
        sources,
        threads);
    Rss before = pid != null ? Rss.of(pid) : null;
    try (FanOut fan = new FanOut(new InetSocketAddress(host, port), path, from, threads)) {
      long t = System.nanoTime();
      int ready = fan.connect(clients, inFlight, connectTimeout);
      double connectSeconds = (System.nanoTime() - t) / 1e9;
      Thread.sleep(1_000); // let the server settle its per-connection state before measuring it
      Rss connected = pid != null ? Rss.of(pid) : null;
      System.out.printf(
          Locale.ROOT,
          "connected       | %d of %d ready in %.1f s; failed %d %s; closed %d; events before"
              + " the ingest %d%n",
          ready,
          clients,
          connectSeconds,
          fan.failed.get(),
          fan.failures,
          fan.closed.get(),
          fan.eventsBeforeArming.get());
      if (ready == 0) {
        System.out.println("no client connected: nothing to measure");
        System.exit(1);
      }

      // The POST's client is warmed (classes loaded, connection open) so its start-up is not
      // counted as the server's latency.
      HttpClient http = HttpClient.newHttpClient();
      warm(http, host, port);
      List<Round> measured = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        boolean warmUp = i < warmup;
        String label = label(i, warmup, events.size());
        if (i > 0) {
          Thread.sleep(
              pauseMillis); // events arrive seconds apart on counting day, not back to back
        }
        fan.arm();
        Rss serverBefore = pid != null ? Rss.of(pid) : null;
        long harnessBefore = harnessCpuMillis();
        long sent = System.nanoTime();
        HttpResponse<String> ack = post(http, host, port, path, token, events.get(i));
        long acked = System.nanoTime();
        if (ack.statusCode() / 100 != 2) {
          System.out.printf(
              Locale.ROOT, "%-15s | POST %d: %s%n", label, ack.statusCode(), ack.body());
          System.exit(1);
        }
        fan.awaitArrivals(ready - fan.closed.get(), receiveTimeout);
        long[] got =
            Arrays.stream(fan.arrivals()).filter(a -> a != 0).map(a -> a - sent).sorted().toArray();
        Round round = new Round(label, got, ready - fan.closed.get(), acked - sent);
        String cpu =
            pid == null || serverBefore == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; CPU server %d ms, harness %d ms",
                    Rss.of(pid).cpuMillis() - serverBefore.cpuMillis(),
                    harnessCpuMillis() - harnessBefore);
        System.out.println(
            round.line(cpu + (i == 0 ? "  (cold: first event the server ingests)" : "")));
        if (!warmUp) {
          measured.add(round);
        }
      }
      Rss after = pid != null ? Rss.of(pid) : null;
      summary(measured, warmup, clients, fan.closed.get(), fan.heartbeats.get());
      if (before != null && connected != null && after != null) {
        System.out.printf(
            Locale.ROOT,
            "server memory   | RSS %.1f MiB before, %.1f MiB with %d connected (%.1f KiB per"
                + " connection), %.1f MiB after the event; threads %d -> %d%n",
            before.kib() / 1024.0,
            connected.kib() / 1024.0,
            ready,
            (connected.kib() - before.kib()) / (double) ready,
            after.kib() / 1024.0,
            before.threads(),
            connected.threads());
      }
    }
  }

  /** The received and latency lines: every delivery of the measured events pooled. */
  static void summary(List<Round> measured, int warmup, int clients, int closed, long heartbeats) {
    long[] all = Round.pooled(measured);
    int expected = measured.stream().mapToInt(Round::expected).sum();
    System.out.printf(
        Locale.ROOT,
        "received        | %d of %d deliveries (%d events x connected; %d clients asked; closed by"
            + " the server %d; heartbeats on a stream up to %d)%n",
        all.length,
        expected,
        measured.size(),
        clients,
        closed,
        heartbeats);
    if (all.length > 0) {
      System.out.printf(
          Locale.ROOT,
          "latency ms      | p50 %.1f  p99 %.1f  max %.1f over %d measured events after %d"
              + " warm-up (from just before each POST); worst event p99 %.1f; target p99 <= 500:"
              + " %s%n",
          ms(percentile(all, 50)),
          ms(percentile(all, 99)),
          ms(all[all.length - 1]),
          measured.size(),
          warmup,
          measured.stream().mapToDouble(r -> ms(r.p99())).max().orElse(0),
          all.length == expected && ms(percentile(all, 99)) <= 500 ? "ok" : "MISSED");
    }
  }

  static String path(String count) {
    return "/api/v1/elections/" + URLEncoder.encode(count, StandardCharsets.UTF_8) + "/events";
  }

  /** 127.0.0.1 … 127.0.0.n, each with its own ephemeral port range. */
  static List<InetSocketAddress> sources(int n) throws IOException {
    List<InetSocketAddress> from = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      from.add(
          new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}), 0));
    }
    return from;
  }

  static long harnessCpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static List<String> events(Map<String, String> o, String count, int n) throws IOException {
    if (o.containsKey("event-file")) {
      List<String> lines =
          Files.readAllLines(Paths.get(o.get("event-file"))).stream()
              .filter(l -> !l.isBlank())
              .toList();
      if (lines.size() < n) {
        throw new IllegalArgumentException(
            "--event-file has " + lines.size() + " events (one per line), the run needs " + n);
      }
      return lines.subList(0, n);
    }
    String seat = o.getOrDefault("seat", "S24-54");
    int dash = seat.indexOf('-');
    String election = count.contains("#") ? count.substring(0, count.indexOf('#')) : count;
    return SeatEvent.updatesOf(
        Paths.get(required(o, "db")),
        election,
        seat.substring(0, dash),
        Integer.parseInt(seat.substring(dash + 1)),
        Long.parseLong(o.getOrDefault("seed", "1")),
        n);
  }

  /** The report's name for the {@code i}-th event posted: a warm-up one or a measured one. */
  static String label(int i, int warmup, int events) {
    return i < warmup
        ? "warm-up " + (i + 1) + "/" + warmup
        : "event " + (i - warmup + 1) + "/" + (events - warmup);
  }

  static void warm(HttpClient http, String host, int port)
      throws IOException, InterruptedException {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/health"))
            .timeout(Duration.ofSeconds(30))
            .build();
    for (int i = 0; i < 3; i++) {
      http.send(health, HttpResponse.BodyHandlers.discarding());
    }
  }

  static HttpResponse<String> post(
      HttpClient http, String host, int port, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }

  static String required(Map<String, String> o, String name) {
    String value = o.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
