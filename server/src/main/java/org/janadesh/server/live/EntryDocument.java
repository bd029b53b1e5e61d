package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;
import org.janadesh.core.counting.CountingEvent;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.rules.Verdict;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.server.http.Json;
import org.janadesh.server.push.Broadcast;
import org.janadesh.store.counting.CountSession;

/**
 * One log entry as the events delta and the SSE {@code data:} give it: sequence, outcome, the
 * submission in the wire format (docs/data-formats.md), and for an accepted event the seat's live
 * state after it (the row of {@code /seats}), for a quarantined one the rules it broke. The SSE
 * event name is the update's kind ({@code RoundCounted}, {@code CountReported}, {@code
 * ResultDeclared}, …) or {@code quarantined}.
 */
final class EntryDocument implements Broadcast.Encoder {
  private final CountSession count;
  private final Map<ConstituencyId, Contest> contests;
  private final Function<Contest, String> stateName;

  EntryDocument(
      CountSession count,
      Map<ConstituencyId, Contest> contests,
      Function<Contest, String> stateName) {
    this.count = count;
    this.contests = Map.copyOf(contests);
    this.stateName = stateName;
  }

  @Override
  public String name(LogEntry entry) {
    return switch (entry) {
      case CountingEvent e -> e.update().kind();
      case Quarantined q -> "quarantined";
    };
  }

  @Override
  public String json(LogEntry entry, ElectionCount after) {
    ObjectNode node = Json.object();
    node.put("seq", entry.sequence());
    node.put("count", count.id().value());
    node.put("test", count.isTest());
    ConstituencyId id = entry.submission().constituency();
    switch (entry) {
      case CountingEvent e -> {
        node.put("outcome", "accepted");
        node.put("kind", name(e));
        Contest contest = contests.get(id);
        if (contest != null) {
          after
              .seat(id)
              .ifPresent(
                  seat ->
                      SeatsDocument.row(
                          node.putObject("seat"),
                          contest,
                          stateName.apply(contest),
                          seat.status()));
        }
      }
      case Quarantined q -> {
        node.put("outcome", "quarantined");
        node.put("kind", q.submission().update().kind());
        node.putPOJO("rules", q.broken().stream().map(Verdict::ruleId).toList());
      }
    }
    node.putRawValue(
        "submission",
        new com.fasterxml.jackson.databind.util.RawValue(CountingLines.line(entry.submission())));
    return Json.text(node);
  }
}
