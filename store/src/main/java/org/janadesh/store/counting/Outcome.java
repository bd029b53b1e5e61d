package org.janadesh.store.counting;

import java.util.List;
import org.janadesh.core.counting.CountingEvent;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.rules.Verdict;

/**
 * The desk's answer to a submission, given only after the entry it names is committed. Every answer
 * names the count, so a face can see that it comes from a test.
 */
public sealed interface Outcome {
  CountSession count();

  /** The log entry that holds the answer: the new entry, or the original one for a duplicate. */
  LogEntry entry();

  /** Accepted and logged as {@code event}; the projection includes it. */
  record Accepted(CountSession count, CountingEvent event) implements Outcome {
    @Override
    public LogEntry entry() {
      return event;
    }
  }

  /** Rejected and logged in quarantine with the rules it broke; no seat changed. */
  record Rejected(CountSession count, Quarantined quarantined) implements Outcome {
    @Override
    public LogEntry entry() {
      return quarantined;
    }

    /** The broken rules, e.g. {@code [CNT-2]}. */
    public List<String> rules() {
      return quarantined.broken().stream().map(Verdict::ruleId).toList();
    }
  }

  /**
   * Already decided (CNT-8 same key, CNT-4 same round): nothing was written; {@code original} is
   * the first answer, accepted or quarantined.
   */
  record Duplicate(CountSession count, LogEntry original) implements Outcome {
    @Override
    public LogEntry entry() {
      return original;
    }
  }
}
