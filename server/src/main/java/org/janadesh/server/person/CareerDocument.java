package org.janadesh.server.person;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.CandidacyFacts;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.PersonLookup;
import org.janadesh.server.http.Json;

/**
 * A person's Lok Sabha career as JSON, shared by {@code janadesh person --format json} and {@code
 * GET /api/v1/persons}: a documented contract ({@code docs/json-contracts.md}).
 */
public final class CareerDocument {
  private CareerDocument() {}

  public static ObjectNode json(Careers careers, PersonLookup.Found found) {
    PersonId person = found.person();
    List<Candidacy> career = careers.people().career(person);
    ObjectNode root = Json.object();
    root.put("person_id", person.value());
    root.put("name", career.getLast().name());
    root.put("wins", career.stream().filter(Candidacy::won).count());
    ArrayNode contests = root.putArray("contests");
    for (Candidacy c : career) {
      CandidacyFacts f = careers.facts(c);
      ObjectNode row = contests.addObject();
      row.put("election", c.election().value());
      row.put("year", c.year());
      row.put("constituency", c.seatName());
      row.put("state_code", c.seat().state().value());
      row.put("number", c.seat().number());
      row.put("candidate", c.name());
      row.put("party", c.party().value());
      row.put("won", c.won());
      Long margin = c.margin();
      if (margin == null) {
        row.putNull("margin");
      } else {
        row.put("margin", margin);
      }
      row.put("incumbent", f.incumbent().met());
      row.put("sitting_member", f.sittingMember().met());
      row.put("terms", f.terms());
      row.put("turncoat", f.turncoat());
      row.put("streak", f.streak());
    }
    CandidacyFacts latest = careers.currentStreak(person).orElseThrow();
    ObjectNode streak = root.putObject("current_streak");
    streak.put("constituency", latest.candidacy().seatName());
    streak.put("state_code", latest.candidacy().seat().state().value());
    streak.put("wins", latest.streak());
    ArrayNode also = root.putArray("also_matching");
    found.alsoMatching().forEach(p -> also.add(p.value()));
    return root;
  }

  /** A line that tells namesakes apart: name, id, states, seats, years, parties. */
  public static String describe(Careers careers, PersonId person) {
    List<Candidacy> career = careers.people().career(person);
    String seats =
        career.stream()
            .map(c -> c.seatName() + " (" + c.seat().state() + ")")
            .distinct()
            .collect(Collectors.joining(", "));
    String years =
        career.stream()
            .map(c -> c.year() + (c.won() ? " won" : ""))
            .collect(Collectors.joining(", "));
    String parties =
        career.stream().map(c -> c.party().value()).distinct().collect(Collectors.joining(", "));
    return career.getLast().name() + " [" + person + "]: " + seats + "; " + years + "; " + parties;
  }
}
