package org.janadesh.store.counting;

import java.time.Instant;
import org.janadesh.core.counting.LogEntry;
import org.jspecify.annotations.Nullable;

/**
 * The two order rules of a count's log (ADR 0011), in one place for the writer, which checks them
 * on every append, and for the desk, which checks them again over the whole log as a count opens or
 * a read node catches up. An as-of-a-time read rests on the second rule.
 */
enum LogOrder {
  /** Entry n + 1 follows entry n. */
  GAP("sequence numbers follow one another without a gap"),
  /** An entry is never received before the one it follows. */
  FALL("receive times never fall along the log");

  private final String rule;

  LogOrder(String rule) {
    this.rule = rule;
  }

  /** The rule as error messages word it. */
  String rule() {
    return rule;
  }

  /**
   * The rule {@code e} breaks as the entry after {@code last} (0 for none), received at {@code
   * lastReceived} (null for none); null when it breaks neither.
   */
  static @Nullable LogOrder broken(long last, @Nullable Instant lastReceived, LogEntry e) {
    if (e.sequence() != last + 1) {
      return GAP;
    }
    if (lastReceived != null && e.submission().received().isBefore(lastReceived)) {
      return FALL;
    }
    return null;
  }
}
