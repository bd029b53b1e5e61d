package org.janadesh.server.tally;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.janadesh.core.alliance.Membership;
import org.janadesh.core.tally.MajorityMark;
import org.janadesh.core.tally.Performance;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.server.archive.Percent;
import org.janadesh.server.http.Json;

/**
 * A performance tally ({@code tally --by party|alliance}, {@code --bloc}) as JSON, shared by the
 * CLI and {@code GET /api/v1/elections/{id}/tally?by=…}: a documented contract ({@code
 * docs/json-contracts.md}).
 */
public final class PerformanceDocument {
  private PerformanceDocument() {}

  public static ObjectNode json(PerformanceReport report) {
    PerformanceTally tally = report.tally();
    ObjectNode root = Json.object();
    root.put("election", tally.election().value());
    root.put("scope", tally.scope());
    root.put("by", report.by());
    root.put("seats", tally.seats());
    root.put("majority_mark", tally.majorityMark());
    root.put("undecided", tally.undecided());
    count(root, "total_votes", tally.totalVotes());
    ArrayNode rows = root.putArray("rows");
    for (Performance p : tally.rows()) {
      ObjectNode row = rows.addObject();
      row.put("subject", p.subject());
      if (report.members().containsKey(p.subject())) {
        ArrayNode m = row.putArray("members");
        report.members().get(p.subject()).forEach(m::add);
      }
      row.put("won", p.won());
      row.put("majority", pastMajority(tally, p));
      if (p.subject().equals(Membership.OTHERS)) {
        row.putNull("short_of_majority"); // not a bloc that could form a government
      } else {
        row.put("short_of_majority", MajorityMark.shortBy(p.won(), tally.seats()));
      }
      count(row, "candidates", p.candidates());
      count(row, "contested", p.contested());
      share(row, "strike_rate", p.strikeRate());
      count(row, "votes", p.votes());
      share(row, "vote_share", p.voteShare());
      share(row, "vote_share_contested", p.voteShareInContested());
      count(row, "deposits_forfeited", p.forfeited());
    }
    ArrayNode apartRows = root.putArray("counted_apart");
    report
        .apart()
        .forEach(
            (party, alliance) ->
                apartRows.addObject().put("party", party).put("alliance", alliance));
    return root;
  }

  /** Others are not a bloc that could form a government, however many seats they hold. */
  public static boolean pastMajority(PerformanceTally tally, Performance p) {
    return p.won() >= tally.majorityMark() && !p.subject().equals(Membership.OTHERS);
  }

  private static void count(ObjectNode node, String field, OptionalLong v) {
    if (v.isPresent()) {
      node.put(field, v.getAsLong());
    } else {
      node.putNull(field);
    }
  }

  private static void count(ObjectNode node, String field, OptionalInt v) {
    if (v.isPresent()) {
      node.put(field, v.getAsInt());
    } else {
      node.putNull(field);
    }
  }

  private static void share(ObjectNode node, String field, OptionalDouble v) {
    if (v.isPresent()) {
      node.put(field, Percent.of(v.getAsDouble()));
    } else {
      node.putNull(field);
    }
  }
}
