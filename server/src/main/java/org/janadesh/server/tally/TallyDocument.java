package org.janadesh.server.tally;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;
import org.janadesh.core.tally.PartyTally;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.server.archive.Percent;
import org.janadesh.server.http.Json;

/**
 * A seat tally as JSON, shared by {@code janadesh tally --format json} and {@code GET
 * /api/v1/elections/{id}/tally}: a documented contract ({@code docs/json-contracts.md}), changed
 * only deliberately, with the CLI's approval test.
 */
public final class TallyDocument {
  private TallyDocument() {}

  public static ObjectNode json(SeatTally tally) {
    ObjectNode root = Json.object();
    root.put("election", tally.election().value());
    root.put("scope", tally.scope());
    root.put("seats", tally.seats());
    count(root, "total_votes", tally.totalVotes());
    count(root, "postal_votes", tally.postalVotes());
    count(root, "nota_votes", tally.notaVotes());
    ArrayNode parties = root.putArray("parties");
    for (PartyTally p : tally.parties()) {
      ObjectNode row = parties.addObject();
      row.put("party", p.party().value());
      row.put("name", p.name());
      row.put("won", p.won());
      count(row, "votes", p.votes());
      if (p.voteShare().isPresent()) {
        row.put("vote_share", Percent.of(p.voteShare().getAsDouble()));
      } else {
        row.putNull("vote_share");
      }
    }
    return root;
  }

  private static void count(ObjectNode node, String field, OptionalLong value) {
    if (value.isPresent()) {
      node.put(field, value.getAsLong());
    } else {
      node.putNull(field);
    }
  }
}
