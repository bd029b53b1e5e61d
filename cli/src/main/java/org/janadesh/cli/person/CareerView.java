package org.janadesh.cli.person;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.CandidacyFacts;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.PersonLookup;

/** Writes a person's career. The JSON shape is a documented contract (docs/json-contracts.md). */
public final class CareerView {
  private CareerView() {}

  public static void write(
      PrintWriter out, Format format, Careers careers, PersonLookup.Found found) {
    switch (format) {
      case JSON -> Json.print(out, json(careers, found));
      case CSV -> csv(out, careers, found.person());
      case TABLE -> table(out, careers, found);
    }
  }

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

  private static void csv(PrintWriter out, Careers careers, PersonId person) {
    Csv.line(
        out,
        "person_id",
        "election",
        "year",
        "state_code",
        "number",
        "constituency",
        "candidate",
        "party",
        "won",
        "margin",
        "incumbent",
        "terms",
        "turncoat",
        "streak");
    for (Candidacy c : careers.people().career(person)) {
      CandidacyFacts f = careers.facts(c);
      Long margin = c.margin();
      Csv.line(
          out,
          person.value(),
          c.election().value(),
          Integer.toString(c.year()),
          c.seat().state().value(),
          Integer.toString(c.seat().number()),
          c.seatName(),
          c.name(),
          c.party().value(),
          Boolean.toString(c.won()),
          margin == null ? "" : Long.toString(margin),
          Boolean.toString(f.incumbent().met()),
          Integer.toString(f.terms()),
          Boolean.toString(f.turncoat()),
          Integer.toString(f.streak()));
    }
  }

  private static void table(PrintWriter out, Careers careers, PersonLookup.Found found) {
    PersonId person = found.person();
    List<Candidacy> career = careers.people().career(person);
    out.println(career.getLast().name() + " [" + person + "]");
    out.println();
    Table table =
        Table.of("Election", "Constituency", "Party", "Result", "Margin>", "Terms>", "Streak>");
    for (Candidacy c : career) {
      CandidacyFacts f = careers.facts(c);
      Long margin = c.margin();
      table.row(
          c.election().value(),
          c.seatName() + " (" + c.seat().state() + " " + c.seat().number() + ")",
          c.party().value() + (f.turncoat() ? " (changed)" : ""),
          (c.won() ? "won" : "lost") + (f.incumbent().met() ? ", incumbent" : ""),
          margin == null ? "" : Numbers.grouped(margin),
          Integer.toString(f.terms()),
          c.won() ? Integer.toString(f.streak()) : "");
    }
    table.print(out);
    out.println();
    long wins = career.stream().filter(Candidacy::won).count();
    CandidacyFacts latest = careers.currentStreak(person).orElseThrow();
    out.println("Lok Sabha wins: " + wins + " of " + career.size() + " contests");
    out.println(
        "Current streak: "
            + latest.streak()
            + (latest.streak() == 1 ? " win" : " wins")
            + " in a row in "
            + latest.candidacy().seatName());
    if (!found.alsoMatching().isEmpty()) {
      out.println();
      out.println("Also of this name (never won a Lok Sabha seat):");
      found.alsoMatching().forEach(p -> out.println("  " + PersonCommand.describe(careers, p)));
    }
  }
}
