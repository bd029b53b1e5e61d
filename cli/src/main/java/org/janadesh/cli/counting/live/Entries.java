package org.janadesh.cli.counting.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.store.counting.CountingDesk;

/** Small reads of a count's log that several answers share. */
final class Entries {
  private Entries() {}

  /** When the log received entry {@code sequence}; empty for sequence 0 (nothing yet). */
  static Optional<Instant> receivedAt(CountingDesk desk, long sequence) {
    if (sequence < 1) {
      return Optional.empty();
    }
    List<LogEntry> entry = desk.since(sequence - 1, 1).value();
    return entry.isEmpty() ? Optional.empty() : Optional.of(entry.get(0).submission().received());
  }
}
