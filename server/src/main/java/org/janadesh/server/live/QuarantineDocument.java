package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.rules.Verdict;
import org.janadesh.server.http.Json;
import org.janadesh.store.counting.CountRead;
import org.janadesh.store.counting.CountSession;

/**
 * A count's quarantine as JSON, shared by {@code janadesh quarantine --format json} and {@code GET
 * /api/v1/elections/{count}/quarantine}: every rejected submission with the rules it broke.
 */
public final class QuarantineDocument {
  private QuarantineDocument() {}

  public static ObjectNode json(
      CountSession session, CountRead<List<Quarantined>> read, Map<ConstituencyId, String> names) {
    ObjectNode root = CountLabels.json(Json.object(), session);
    root.put("seq", read.sequence());
    ArrayNode list = root.putArray("quarantined");
    for (Quarantined q : read.value()) {
      ObjectNode row = list.addObject();
      row.put("seq", q.sequence());
      ConstituencyId id = q.submission().constituency();
      ObjectNode seat = row.putObject("constituency");
      seat.put("name", names.getOrDefault(id, "(not a seat of this election)"));
      seat.put("state", id.state().value());
      seat.put("number", id.number());
      row.put("key", q.submission().key());
      row.put("kind", q.submission().update().kind());
      row.put("published", q.submission().published().toString());
      row.put("received", q.submission().received().toString());
      ArrayNode broken = row.putArray("broken");
      for (Verdict v : q.broken()) {
        ObjectNode rule = broken.addObject();
        rule.put("rule", v.ruleId());
        rule.put("evidence", v.evidence());
      }
    }
    return root;
  }
}
