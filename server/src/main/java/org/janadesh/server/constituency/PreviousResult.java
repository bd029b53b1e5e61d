package org.janadesh.server.constituency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.server.http.Json;

/**
 * The same seat at the previous general election: the same constituency id, so the same
 * delimitation order (CMP-1), and a single winner on both sides (CMP-4). Anything else is not
 * comparable and has no previous result, rather than a misleading one.
 */
public final class PreviousResult {
  private PreviousResult() {}

  /** The previous sheet of {@code now}'s seat among {@code earlier}'s contests, if comparable. */
  public static Optional<ResultSheet> of(Contest now, List<Contest> earlier) {
    if (now.seats() != 1) {
      return Optional.empty();
    }
    return earlier.stream()
        .filter(c -> c.constituency().equals(now.constituency()))
        .filter(c -> c.seats() == 1)
        .findFirst()
        .map(ResultSheet::of);
  }

  /** {@code {"election", "name", "winner": {candidate, party}, "margin", "margin_percent"}}. */
  public static ObjectNode json(Election previous, ResultSheet sheet) {
    ObjectNode node = Json.object();
    node.put("election", previous.id().value());
    node.put("name", sheet.contest().name());
    ResultSheetDocument.person(node.putObject("winner"), sheet.winners().getFirst());
    ResultSheetDocument.count(node, "margin", sheet.margin());
    ResultSheetDocument.decimal(node, "margin_percent", sheet.metrics().marginPercent());
    return node;
  }
}
