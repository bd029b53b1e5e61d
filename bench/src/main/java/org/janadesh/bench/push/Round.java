package org.janadesh.bench.push;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * One ingested event's fan-out: the sorted times (nanoseconds from just before its POST) at which
 * clients had it, how many should have, and when the POST was acknowledged. A class: it holds an
 * array.
 */
final class Round {
  private final String label;
  private final long[] latencies;
  private final int expected;
  private final long ackNanos;

  Round(String label, long[] sortedLatencies, int expected, long ackNanos) {
    this.label = label;
    this.latencies = sortedLatencies.clone();
    this.expected = expected;
    this.ackNanos = ackNanos;
  }

  int expected() {
    return expected;
  }

  long p50() {
    return latencies.length == 0 ? 0 : PushBench.percentile(latencies, 50);
  }

  long p99() {
    return latencies.length == 0 ? 0 : PushBench.percentile(latencies, 99);
  }

  long max() {
    return latencies.length == 0 ? 0 : latencies[latencies.length - 1];
  }

  String line(String note) {
    return String.format(
        Locale.ROOT,
        "%-15s | POST ack %.1f ms; received %d of %d; p50 %.1f  p99 %.1f  max %.1f ms%s",
        label,
        ackNanos / 1e6,
        latencies.length,
        expected,
        p50() / 1e6,
        p99() / 1e6,
        max() / 1e6,
        note);
  }

  /** Every delivery of every round, sorted: the percentiles over all measured events. */
  static long[] pooled(List<Round> rounds) {
    return rounds.stream().flatMapToLong(r -> LongStream.of(r.latencies)).sorted().toArray();
  }
}
