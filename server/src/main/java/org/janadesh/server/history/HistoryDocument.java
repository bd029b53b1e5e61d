package org.janadesh.server.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.history.SeatHistory;
import org.janadesh.core.history.YearSeats;
import org.janadesh.server.http.Json;

/**
 * A party's or bloc's seats in every Lok Sabha as JSON, shared by {@code janadesh history --format
 * json} and {@code GET /api/v1/history}: a documented contract ({@code docs/json-contracts.md}).
 */
public final class HistoryDocument {
  private HistoryDocument() {}

  public static ObjectNode json(Bloc subject, SeatHistory history) {
    ObjectNode root = Json.object();
    root.put("subject", history.subject());
    ArrayNode members = root.putArray("members");
    subject.members().forEach(p -> members.add(p.value()));
    ArrayNode years = root.putArray("years");
    history
        .years()
        .forEach(
            y ->
                years
                    .addObject()
                    .put("year", y.year())
                    .put("election", y.election().value())
                    .put("won", y.won()));
    mark(root, "lowest", history.lowest());
    mark(root, "highest", history.highest());
    return root;
  }

  private static void mark(ObjectNode root, String field, Optional<YearSeats> y) {
    if (y.isPresent()) {
      root.putObject(field).put("year", y.get().year()).put("won", y.get().won());
    } else {
      root.putNull(field);
    }
  }
}
