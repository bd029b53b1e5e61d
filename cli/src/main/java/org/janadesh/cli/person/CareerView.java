package org.janadesh.cli.person;

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
import org.janadesh.server.person.CareerDocument;

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
    return CareerDocument.json(careers, found);
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
