package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.janadesh.core.alliance.Membership;
import org.janadesh.core.counting.LiveTally;
import org.janadesh.core.counting.LiveVotes;
import org.janadesh.core.counting.SeatProgress;
import org.janadesh.core.counting.WonLeading;
import org.janadesh.core.election.Election;
import org.janadesh.server.http.Json;
import org.janadesh.store.counting.CountSession;

/**
 * A count's Won / Leading / Total as JSON, shared by {@code janadesh status --format json} and
 * {@code GET /api/v1/elections/{count}/status}: a documented contract (docs/json-contracts.md),
 * pinned by the CLI's approval files. The server adds {@code votes} after it ({@link #votes}).
 */
public final class StatusDocument {
  private StatusDocument() {}

  /**
   * What {@code status} shows: the tally of {@code count} after entry {@code sequence} (received at
   * {@code asOf}), per {@code by} ({@code party} or {@code alliance}).
   */
  public record Status(
      CountSession count,
      Election election,
      long sequence,
      Optional<Instant> asOf,
      String by,
      LiveTally<String> tally) {}

  public static ObjectNode json(Status s) {
    ObjectNode root = CountLabels.json(Json.object(), s.count());
    if (s.asOf().isPresent()) {
      root.put("as_of", s.asOf().get().toString());
    } else {
      root.putNull("as_of");
    }
    root.put("seq", s.sequence());
    root.put("scope", s.tally().scope());
    root.put("by", s.by());
    SeatProgress p = s.tally().progress();
    root.put("seats", p.seats());
    root.put("declared", p.declared());
    root.put("counting", p.counting());
    root.put("not_started", p.notStarted());
    root.put("countermanded", p.countermanded());
    // The figures the dashboard heads with, computed here so that no page works them out (ALL-8).
    root.put("majority_mark", s.tally().majorityMark());
    root.put("undecided", s.tally().undecided());
    String key = s.by();
    ArrayNode lines = root.putArray(key.equals("party") ? "parties" : "alliances");
    for (WonLeading<String> l : s.tally().lines()) {
      ObjectNode row = lines.addObject();
      row.put(key, l.key());
      row.put("won", l.won());
      row.put("leading", l.leading());
      row.put("total", l.total());
      if (key.equals("alliance") && l.key().equals(Membership.OTHERS)) {
        // Others are not a bloc that could form a government (as in the tally's "majority").
        row.putNull("short_of_majority");
      } else {
        row.put("short_of_majority", s.tally().shortOfMajority(l));
      }
    }
    return root;
  }

  /**
   * {@code "votes"}: votes counted so far per party (or alliance) and their share of every vote
   * counted in the scope, NOTA included. Not a final vote share: seats still counting or not
   * started are missing, which {@code seats_with_votes} says.
   */
  public static void votes(ObjectNode root, String by, LiveVotes<String> votes) {
    ObjectNode node = root.putObject("votes");
    node.put("counted", votes.counted());
    node.put("seats_with_votes", votes.seatsWithVotes());
    node.put("nota", votes.nota());
    share(node, "nota_share", votes.notaShare());
    ArrayNode lines = node.putArray(by.equals("party") ? "parties" : "alliances");
    for (LiveVotes.Line<String> l : votes.lines()) {
      ObjectNode row = lines.addObject();
      row.put(by, l.key());
      row.put("votes", l.votes());
      share(row, "share", l.share());
    }
  }

  private static void share(ObjectNode node, String field, Optional<BigDecimal> share) {
    if (share.isPresent()) {
      node.put(field, share.get());
    } else {
      node.putNull(field);
    }
  }
}
