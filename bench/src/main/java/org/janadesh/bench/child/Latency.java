package org.janadesh.bench.child;

import java.util.Arrays;
import java.util.function.Supplier;
import org.janadesh.core.tally.SeatTally;

/**
 * Times a tally call in a warmed JVM: calls it until the JIT has had a chance (at least {@code
 * warmupMillis} and {@code calls / 4} calls), then times {@code calls} calls one by one, so the
 * median and the tail come from the same sample. Each result is consumed, so no call can be
 * optimised away.
 */
final class Latency {
  @SuppressWarnings("unused") // written so the JIT cannot drop the calls; never read
  private static volatile long sink;

  private Latency() {}

  /** Per-call times in nanoseconds, sorted. */
  static long[] measure(Supplier<SeatTally> call, int calls, long warmupMillis) {
    long consumed = 0;
    long warmupEnd = System.nanoTime() + warmupMillis * 1_000_000L;
    for (int i = 0; i < calls / 4 || System.nanoTime() < warmupEnd; i++) {
      consumed += call.get().parties().size();
    }
    long[] samples = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      SeatTally tally = call.get();
      samples[i] = System.nanoTime() - start;
      consumed += tally.parties().size();
    }
    sink = consumed;
    Arrays.sort(samples);
    return samples;
  }

  /** The nearest-rank percentile of sorted samples, {@code p} in (0, 100]. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** How many samples took longer than {@code nanos}. */
  static int over(long[] samples, long nanos) {
    int n = 0;
    for (long s : samples) {
      if (s > nanos) {
        n++;
      }
    }
    return n;
  }

  static double mean(long[] samples) {
    double sum = 0;
    for (long s : samples) {
      sum += s;
    }
    return sum / samples.length;
  }
}
