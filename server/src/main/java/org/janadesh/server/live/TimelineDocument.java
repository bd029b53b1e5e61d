package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.counting.LeadChange;
import org.janadesh.core.counting.SeatStatus;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.server.http.Json;
import org.janadesh.store.counting.CountSession;

/**
 * One seat's lead changes as JSON, shared by {@code janadesh timeline --format json} and the {@code
 * lead_changes} of {@code GET /api/v1/elections/{count}/seats/{seat}`}: a documented contract
 * (docs/json-contracts.md), pinned by the CLI's approval files.
 */
public final class TimelineDocument {
  private TimelineDocument() {}

  /** The lead changes of {@code contest}'s seat in {@code count}, after entry {@code sequence}. */
  public record Timeline(
      CountSession count,
      Election election,
      Contest contest,
      String place,
      String stateName,
      long sequence,
      SeatStatus status,
      List<LeadChange> changes) {
    public Timeline {
      changes = List.copyOf(changes);
    }
  }

  public static ObjectNode json(Timeline t) {
    ObjectNode root = CountLabels.json(Json.object(), t.count());
    root.put("seq", t.sequence());
    ObjectNode seat = root.putObject("constituency");
    seat.put("name", t.contest().name());
    seat.put("state", t.contest().constituency().state().value());
    seat.put("state_name", t.stateName());
    seat.put("number", t.contest().constituency().number());
    root.put("status", statusKey(t.status()));
    changes(root.putArray("changes"), t.changes());
    return root;
  }

  /** One row per change of lead (and the declaration), in log order. */
  public static ArrayNode changes(ArrayNode changes, List<LeadChange> list) {
    for (LeadChange c : list) {
      ObjectNode row = changes.addObject();
      row.put("seq", c.event().sequence());
      row.put("published", c.event().submission().published().toString());
      row.put("received", c.event().submission().received().toString());
      candidate(row, "leader", c.leader());
      candidate(row, "previous", c.previous());
      row.put("margin", c.margin());
      row.put("declared", c.declared());
    }
    return changes;
  }

  static void candidate(ObjectNode row, String field, Optional<Candidate> who) {
    if (who.isEmpty()) {
      row.putNull(field);
      return;
    }
    ObjectNode c = row.putObject(field);
    c.put("serial", who.get().serial());
    c.put("name", who.get().name());
    c.put("party", who.get().party().value());
  }

  /**
   * {@code not_started}, {@code counting}, {@code declared}, {@code countermanded}, {@code
   * uncontested}.
   */
  public static String statusKey(SeatStatus status) {
    return switch (status) {
      case SeatStatus.NotStarted n -> "not_started";
      case SeatStatus.Counting c -> "counting";
      case SeatStatus.Declared d -> "declared";
      case SeatStatus.Countermanded c -> "countermanded";
      case SeatStatus.ReturnedUncontested u -> "uncontested";
    };
  }
}
