package org.janadesh.server.comparison;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalDouble;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.comparison.NotComparable;
import org.janadesh.core.comparison.SeatChange;
import org.janadesh.core.comparison.SubjectChange;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.core.result.Candidate;
import org.janadesh.server.archive.Percent;
import org.janadesh.server.http.Json;

/**
 * A comparison as JSON, shared by {@code janadesh compare --format json} and {@code GET
 * /api/v1/compare}: a documented contract ({@code docs/json-contracts.md}).
 */
public final class CompareDocument {
  private CompareDocument() {}

  public static ObjectNode json(
      StateRegistry states, Election now, Election before, ElectionComparison cmp) {
    ObjectNode root = Json.object();
    root.put("current", cmp.current().value());
    root.put("previous", cmp.previous().value());
    root.put("scope", cmp.scope());
    ArrayNode rows = root.putArray("rows");
    for (SubjectChange r : cmp.rows()) {
      ObjectNode row = rows.addObject();
      row.put("party", r.subject());
      row.put("seats_previous", r.seatsPrevious());
      row.put("seats_current", r.seatsCurrent());
      row.put("change", r.change());
      share(row, "vote_share_previous", r.voteSharePrevious());
      share(row, "vote_share_current", r.voteShareCurrent());
      share(row, "swing", r.swing());
    }
    seats(root.putArray("flips"), states, now, cmp.flips());
    seats(
        root.putArray("held"), states, now, cmp.seats().stream().filter(SeatChange::held).toList());
    ArrayNode nc = root.putArray("not_comparable");
    for (NotComparable n : cmp.notComparable()) {
      Election e = n.election().equals(now.id()) ? now : before;
      nc.addObject()
          .put("election", n.election().value())
          .put("state", states.state(n.constituency().state(), e.year()).name())
          .put("constituency", n.name())
          .put("number", n.constituency().number())
          .put("reason", n.reason());
    }
    return root;
  }

  private static void seats(
      ArrayNode array, StateRegistry states, Election now, List<SeatChange> seats) {
    for (SeatChange s : seats) {
      ObjectNode row = array.addObject();
      row.put("state", states.state(s.constituency().state(), now.year()).name());
      row.put("constituency", s.name());
      row.put("number", s.constituency().number());
      row.put("from", s.from());
      row.put("to", s.to());
      candidate(row.putObject("previous_winner"), s.previousWinner());
      candidate(row.putObject("current_winner"), s.currentWinner());
    }
  }

  private static void candidate(ObjectNode node, Candidate c) {
    node.put("candidate", c.name()).put("party", c.party().value());
  }

  private static void share(ObjectNode node, String field, OptionalDouble v) {
    if (v.isPresent()) {
      node.put(field, Percent.of(v.getAsDouble()));
    } else {
      node.putNull(field);
    }
  }
}
