package org.janadesh.core.counting;

import java.util.List;
import java.util.stream.Collectors;
import org.janadesh.core.rules.Verdict;

/** What validation says about a submission, before anything is written. */
public sealed interface Decision {
  Submission submission();

  /** Passes every CNT rule: append it to the log, then fold it in. */
  record Accepted(Submission submission) implements Decision {}

  /** Breaks one or more CNT rules: quarantine it with {@code broken}; the state stays as it is. */
  record Rejected(Submission submission, List<Verdict> broken) implements Decision {
    public Rejected {
      broken = List.copyOf(broken);
      if (broken.isEmpty()) {
        throw new IllegalArgumentException("a rejection names the rule broken");
      }
    }

    /** The rule ids, e.g. {@code [CNT-2, CNT-6]}. */
    public List<String> rules() {
      return broken.stream().map(Verdict::ruleId).toList();
    }

    /** Every broken rule with its evidence, one per line. */
    public String reasons() {
      return broken.stream()
          .map(v -> v.ruleId() + ": " + v.evidence())
          .collect(Collectors.joining("\n"));
    }
  }

  /**
   * Already decided: the same key was seen before (CNT-8), or the same round arrived again with the
   * same numbers (CNT-4). {@code original} is the first answer, accepted or quarantined; nothing is
   * written.
   */
  record Duplicate(Submission submission, LogEntry original) implements Decision {}
}
