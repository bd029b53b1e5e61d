package org.janadesh.server.elections;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.janadesh.core.tally.ElectionSummary;
import org.janadesh.server.http.Json;

/**
 * The elections list as JSON, shared by {@code janadesh elections --format json} and {@code GET
 * /api/v1/elections}: a documented contract ({@code docs/json-contracts.md}).
 */
public final class ElectionsDocument {
  private ElectionsDocument() {}

  public static ObjectNode json(List<ElectionSummary> summaries) {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("elections");
    for (ElectionSummary s : summaries) {
      ObjectNode row = list.addObject();
      row.put("election", s.election().id().value());
      row.put("name", s.election().name());
      row.put("kind", s.election().kind().name().toLowerCase(Locale.ROOT));
      row.put("year", s.election().year());
      row.put("seats", s.seats());
      if (s.candidatesKnown()) {
        row.put("candidates", s.candidates());
      } else {
        row.putNull("candidates");
      }
      row.put("source", s.election().source());
    }
    return root;
  }
}
