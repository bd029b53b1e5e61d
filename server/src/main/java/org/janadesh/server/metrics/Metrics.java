package org.janadesh.server.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's own figures, kept in lock-free counters and written as Prometheus text on demand:
 * requests by route and status, request latency as a histogram per route, open SSE connections, and
 * per count the events ingested by outcome. Counters only grow while the process runs.
 */
public final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};

  private record Request(String method, String route, int status) {}

  private static final class Latency {
    final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final LongAdder nanos = new LongAdder();

    Latency() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void observe(long took) {
      double seconds = took / 1e9;
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets[i].increment();
        }
      }
      count.increment();
      nanos.add(took);
    }
  }

  private record Ingested(String count, String outcome) {}

  private final Map<Request, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Latency> latency = new ConcurrentHashMap<>();
  private final AtomicLong sse = new AtomicLong();
  private final LongAdder sseTotal = new LongAdder();
  private final Map<Ingested, LongAdder> ingested = new ConcurrentHashMap<>();

  /**
   * One request answered: {@code route} is the matched pattern ({@code
   * /api/v1/elections/{count}/status}), never the raw path, so the series stay few. A stream's
   * latency is its lifetime and is left out of the histogram.
   */
  public void request(String method, String route, int status, long nanos, boolean stream) {
    requests.computeIfAbsent(new Request(method, route, status), k -> new LongAdder()).increment();
    if (!stream) {
      latency.computeIfAbsent(route, k -> new Latency()).observe(nanos);
    }
  }

  public void sseOpened() {
    sse.incrementAndGet();
    sseTotal.increment();
  }

  public void sseClosed() {
    sse.decrementAndGet();
  }

  /** Open SSE connections now. */
  public long sseOpen() {
    return sse.get();
  }

  /**
   * One event posted to {@code count}: {@code accepted}, {@code quarantined} or {@code duplicate}.
   */
  public void ingested(String count, String outcome) {
    ingested.computeIfAbsent(new Ingested(count, outcome), k -> new LongAdder()).increment();
  }

  /** The Prometheus text exposition (version 0.0.4), with {@code lastSequence} per count opened. */
  public String text(Map<String, Long> lastSequence) {
    StringBuilder out = new StringBuilder(4096);
    header(
        out, "janadesh_http_requests_total", "counter", "HTTP requests by method, route, status");
    new TreeMap<>(keyed(requests))
        .forEach(
            (k, v) ->
                out.append("janadesh_http_requests_total")
                    .append(k)
                    .append(' ')
                    .append(v)
                    .append('\n'));
    header(
        out,
        "janadesh_http_request_duration_seconds",
        "histogram",
        "Time to answer a request, by route (SSE streams left out)");
    new TreeMap<>(latency)
        .forEach(
            (route, l) -> {
              for (int i = 0; i < BUCKETS.length; i++) {
                out.append("janadesh_http_request_duration_seconds_bucket{route=\"")
                    .append(escape(route))
                    .append("\",le=\"")
                    .append(BUCKETS[i])
                    .append("\"} ")
                    .append(l.buckets[i].sum())
                    .append('\n');
              }
              out.append("janadesh_http_request_duration_seconds_bucket{route=\"")
                  .append(escape(route))
                  .append("\",le=\"+Inf\"} ")
                  .append(l.count.sum())
                  .append('\n');
              out.append("janadesh_http_request_duration_seconds_sum{route=\"")
                  .append(escape(route))
                  .append("\"} ")
                  .append(l.nanos.sum() / 1e9)
                  .append('\n');
              out.append("janadesh_http_request_duration_seconds_count{route=\"")
                  .append(escape(route))
                  .append("\"} ")
                  .append(l.count.sum())
                  .append('\n');
            });
    header(out, "janadesh_sse_connections", "gauge", "SSE connections open now");
    out.append("janadesh_sse_connections ").append(sse.get()).append('\n');
    header(out, "janadesh_sse_connections_total", "counter", "SSE connections opened");
    out.append("janadesh_sse_connections_total ").append(sseTotal.sum()).append('\n');
    header(
        out,
        "janadesh_ingest_events_total",
        "counter",
        "Events posted to the ingest endpoint, by count and outcome");
    new TreeMap<String, Long>(ingestedKeyed())
        .forEach(
            (k, v) ->
                out.append("janadesh_ingest_events_total")
                    .append(k)
                    .append(' ')
                    .append(v)
                    .append('\n'));
    header(out, "janadesh_count_last_sequence", "gauge", "Last log sequence of each open count");
    new TreeMap<>(lastSequence)
        .forEach(
            (count, seq) ->
                out.append("janadesh_count_last_sequence{count=\"")
                    .append(escape(count))
                    .append("\"} ")
                    .append(seq)
                    .append('\n'));
    return out.toString();
  }

  private Map<String, Long> keyed(Map<Request, LongAdder> map) {
    Map<String, Long> out = new TreeMap<>();
    map.forEach(
        (k, v) ->
            out.put(
                "{method=\""
                    + escape(k.method())
                    + "\",route=\""
                    + escape(k.route())
                    + "\",status=\""
                    + k.status()
                    + "\"}",
                v.sum()));
    return out;
  }

  private Map<String, Long> ingestedKeyed() {
    Map<String, Long> out = new TreeMap<>();
    ingested.forEach(
        (k, v) ->
            out.put(
                "{count=\"" + escape(k.count()) + "\",outcome=\"" + escape(k.outcome()) + "\"}",
                v.sum()));
    return out;
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  /** Label values escape backslash, double quote and newline. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
