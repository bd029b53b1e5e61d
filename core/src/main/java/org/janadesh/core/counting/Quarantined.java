package org.janadesh.core.counting;

import java.util.List;
import org.janadesh.core.rules.Verdict;

/** A rejected submission, kept with the rules it broke; it never changes a seat's state. */
public record Quarantined(long sequence, Submission submission, List<Verdict> broken)
    implements LogEntry {
  public Quarantined {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
    }
    broken = List.copyOf(broken);
    if (broken.isEmpty()) {
      throw new IllegalArgumentException("a quarantined update names the rule it broke");
    }
  }
}
