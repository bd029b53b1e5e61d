package org.janadesh.server.tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.janadesh.core.tally.PerformanceTally;

/**
 * A performance tally with what a reader needs to trust it.
 *
 * @param by {@code party}, {@code alliance} or {@code bloc}
 * @param members each alliance's or bloc's members that stood in the scope, by subject
 * @param apart national members of an alliance counted apart in this state (ALL-3), by party
 */
public record PerformanceReport(
    String by,
    PerformanceTally tally,
    Map<String, List<String>> members,
    Map<String, String> apart) {
  public PerformanceReport {
    Map<String, List<String>> copied = new LinkedHashMap<>();
    members.forEach((subject, m) -> copied.put(subject, List.copyOf(m)));
    members = java.util.Collections.unmodifiableMap(copied);
    apart = java.util.Collections.unmodifiableMap(new TreeMap<>(apart));
  }
}
