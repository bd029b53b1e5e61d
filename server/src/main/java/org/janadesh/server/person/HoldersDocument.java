package org.janadesh.server.person;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.janadesh.core.election.Election;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.SeatContest;
import org.janadesh.core.result.Contest;
import org.janadesh.server.http.Json;
import org.jspecify.annotations.Nullable;

/**
 * A seat's holders up to an election as JSON, shared by {@code janadesh seat --format json} and
 * {@code GET /api/v1/elections/{id}/constituencies/{seat}/holders}: a documented contract ({@code
 * docs/json-contracts.md}).
 */
public final class HoldersDocument {
  private HoldersDocument() {}

  /**
   * The seat's line of contests up to and including {@code contest} of {@code election}: later
   * elections are not part of "who held it then".
   */
  public static List<SeatContest> upTo(Careers careers, Election election, Contest contest) {
    List<SeatContest> line = careers.holders(contest.constituency());
    int upTo = -1;
    for (int i = 0; i < line.size(); i++) {
      if (line.get(i).first().election().equals(election.id())
          && line.get(i).first().seat().equals(contest.constituency())) {
        upTo = i;
      }
    }
    return line.subList(0, upTo + 1);
  }

  public static String status(SeatContest.SittingMember s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  public static ObjectNode json(
      Careers careers,
      Election election,
      String stateName,
      Contest contest,
      List<SeatContest> line) {
    ObjectNode root = Json.object();
    root.put("election", election.id().value());
    root.put("constituency", contest.name());
    root.put("state", stateName);
    root.put("state_code", contest.constituency().state().value());
    root.put("number", contest.constituency().number());
    SeatContest now = line.getLast();
    ObjectNode sitting = root.putObject("sitting_member");
    sitting.put("status", status(now.sitting()));
    ArrayNode members = sitting.putArray("members");
    for (PersonId p : now.sittingMembers()) {
      Candidacy last = lastWin(careers, p, now);
      ObjectNode m = members.addObject();
      m.put("person_id", p.value());
      m.put("name", last == null ? p.value() : last.name());
      m.put("party", last == null ? "" : last.party().value());
    }
    ArrayNode holders = root.putArray("holders");
    for (SeatContest sc : line) {
      for (int i = 0; i < sc.winners().size(); i++) {
        Candidacy w = sc.winners().get(i);
        ObjectNode row = holders.addObject();
        row.put("election", w.election().value());
        row.put("year", w.year());
        row.put("constituency", w.seatName());
        row.put("member", w.name());
        row.put("person_id", sc.winnerPersons().get(i).value());
        row.put("party", w.party().value());
        Long margin = w.margin();
        if (margin == null) {
          row.putNull("margin");
        } else {
          row.put("margin", margin);
        }
        row.put("sitting_member", status(sc.sitting()));
      }
    }
    return root;
  }

  /** The sitting member's win that made them the holder: their candidacy in the contest before. */
  public static @Nullable Candidacy lastWin(Careers careers, PersonId p, SeatContest now) {
    Candidacy found = null;
    for (Candidacy c : careers.people().career(p)) {
      if (c.won() && c.order() < now.first().order()) {
        found = c;
      }
    }
    return found;
  }
}
