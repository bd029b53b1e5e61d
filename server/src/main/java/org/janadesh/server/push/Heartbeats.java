package org.janadesh.server.push;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One timer for every SSE client's heartbeat: a virtual thread that, a few times per period, beats
 * each watched {@link Broadcast} that has been quiet (no publication, no beat) for a whole period.
 * Its waiting clients then write {@code : heartbeat}. A client that just had frames may write one
 * early; none waits longer than 1¼ periods without a write (ADR 0009). The thread ends once every
 * watched broadcast is closed (a stopped server keeps nothing alive) and starts again on demand.
 */
public final class Heartbeats {
  private static final int CHECKS_PER_PERIOD = 4;

  private final Duration period;
  private final Set<Broadcast> watched = ConcurrentHashMap.newKeySet();
  private boolean running; // guarded by this

  public Heartbeats(Duration period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the heartbeat period must be positive: " + period);
    }
    this.period = period;
  }

  /** Beats {@code broadcast} from now on (once is enough; again changes nothing). */
  public void watch(Broadcast broadcast) {
    watched.add(broadcast);
    synchronized (this) {
      if (!running) {
        running = true;
        Thread.ofVirtual().name("sse-heartbeats").start(this::beatWhileWatched);
      }
    }
  }

  /** The period after which a quiet stream gets a heartbeat. */
  public Duration period() {
    return period;
  }

  private void beatWhileWatched() {
    long periodNanos = period.toNanos();
    try {
      while (true) {
        Thread.sleep(period.dividedBy(CHECKS_PER_PERIOD));
        watched.removeIf(Broadcast::isClosed);
        synchronized (this) {
          if (watched.isEmpty()) {
            running = false; // a later watch starts a new thread
            return;
          }
        }
        long now = System.nanoTime();
        for (Broadcast b : watched) {
          if (now - b.lastTickNanos() >= periodNanos) {
            b.beat();
          }
        }
      }
    } catch (InterruptedException e) {
      synchronized (this) {
        running = false;
      }
      Thread.currentThread().interrupt();
    }
  }
}
