package org.janadesh.bench.push;

import java.time.Instant;

/**
 * Microseconds since the epoch from the wall clock ({@code CLOCK_REALTIME}, which every process on
 * one machine shares): the stamps of a send in one process and a receipt in another are comparable,
 * which {@code System.nanoTime} of two JVMs is not. A step of the wall clock during a run (NTP)
 * would show in the latencies; monotonic time stays where one process measures both ends.
 */
final class WallClock {
  private WallClock() {}

  static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }
}
