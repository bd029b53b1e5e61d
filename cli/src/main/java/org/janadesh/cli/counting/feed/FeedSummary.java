package org.janadesh.cli.counting.feed;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.janadesh.cli.counting.CountLabel;
import org.janadesh.cli.render.Numbers;
import org.janadesh.store.counting.CountSession;

/**
 * What a feed did: submissions sent and how the desk answered them, quarantined submissions by the
 * rule they broke (one submission may break several), lines that could not be read and were not
 * sent, the log's last sequence and the time it took.
 */
public record FeedSummary(
    CountSession count,
    long sent,
    long accepted,
    long duplicates,
    long quarantined,
    SortedMap<String, Long> quarantinedByRule,
    long badLines,
    long lastSequence,
    Duration elapsed) {
  public FeedSummary {
    quarantinedByRule = new TreeMap<>(quarantinedByRule);
  }

  public void print(PrintWriter out) {
    if (count.isTest()) {
      out.println(CountLabel.TEST_BANNER);
    }
    out.println(
        "Count " + count.id() + " (" + CountLabel.kind(count) + "): " + count.description());
    out.println(
        "Sent "
            + Numbers.grouped(sent)
            + ": accepted "
            + Numbers.grouped(accepted)
            + ", duplicates "
            + Numbers.grouped(duplicates)
            + " (no-ops, CNT-8/CNT-4), quarantined "
            + Numbers.grouped(quarantined)
            + rules()
            + "; bad lines not sent "
            + Numbers.grouped(badLines));
    out.println(
        "Last sequence "
            + Numbers.grouped(lastSequence)
            + "; elapsed "
            + String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0));
  }

  private String rules() {
    if (quarantinedByRule.isEmpty()) {
      return "";
    }
    return quarantinedByRule.entrySet().stream()
        .map(e -> e.getKey() + " " + Numbers.grouped(e.getValue()))
        .collect(Collectors.joining(", ", " (", ")"));
  }

  /** Counts quarantined submissions by rule. */
  static void countRules(Map<String, Long> byRule, Iterable<String> rules) {
    rules.forEach(r -> byRule.merge(r, 1L, Long::sum));
  }
}
