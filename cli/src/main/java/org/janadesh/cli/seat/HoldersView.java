package org.janadesh.cli.seat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.SeatContest;
import org.janadesh.core.result.Contest;

/** Writes a seat's holders. The JSON shape is a documented contract (docs/json-contracts.md). */
public final class HoldersView {
  private HoldersView() {}

  public static void write(
      PrintWriter out,
      Format format,
      Careers careers,
      Election election,
      String stateName,
      Contest contest,
      List<SeatContest> line) {
    switch (format) {
      case JSON -> Json.print(out, json(careers, election, stateName, contest, line));
      case CSV -> csv(out, line);
      case TABLE -> table(out, careers, election, stateName, contest, line);
    }
  }

  private static String status(SeatContest.SittingMember s) {
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
  private static @org.jspecify.annotations.Nullable Candidacy lastWin(
      Careers careers, PersonId p, SeatContest now) {
    Candidacy found = null;
    for (Candidacy c : careers.people().career(p)) {
      if (c.won() && c.order() < now.first().order()) {
        found = c;
      }
    }
    return found;
  }

  private static void csv(PrintWriter out, List<SeatContest> line) {
    Csv.line(
        out,
        "election",
        "year",
        "constituency",
        "member",
        "person_id",
        "party",
        "margin",
        "sitting_member");
    for (SeatContest sc : line) {
      for (int i = 0; i < sc.winners().size(); i++) {
        Candidacy w = sc.winners().get(i);
        Long margin = w.margin();
        Csv.line(
            out,
            w.election().value(),
            Integer.toString(w.year()),
            w.seatName(),
            w.name(),
            sc.winnerPersons().get(i).value(),
            w.party().value(),
            margin == null ? "" : Long.toString(margin),
            status(sc.sitting()));
      }
    }
  }

  private static void table(
      PrintWriter out,
      Careers careers,
      Election election,
      String stateName,
      Contest contest,
      List<SeatContest> line) {
    out.println(
        contest.name()
            + " ("
            + stateName
            + ", PC "
            + contest.constituency().number()
            + ") - holders up to "
            + election.name());
    out.println();
    Table table = Table.of("Election", "Member", "Party", "Margin>", "Sitting member");
    for (SeatContest sc : line) {
      Candidacy w = sc.winners().get(0);
      Long margin = w.margin();
      table.row(
          w.election().value(),
          sc.winners().stream().map(Candidacy::name).collect(Collectors.joining(" / ")),
          sc.winners().stream().map(c -> c.party().value()).collect(Collectors.joining(" / ")),
          margin == null ? "" : Numbers.grouped(margin),
          status(sc.sitting()).replace('_', ' '));
    }
    table.print(out);
    out.println();
    SeatContest now = line.getLast();
    String names =
        now.sittingMembers().stream()
            .map(
                p -> {
                  Candidacy c = lastWin(careers, p, now);
                  return c == null ? p.value() : c.name() + " (" + c.party().value() + ")";
                })
            .collect(Collectors.joining(" and "));
    out.println(
        switch (now.sitting()) {
          case NONE_ON_RECORD -> "No earlier holder of this seat on record.";
          case RETAINED -> "The sitting member, " + names + ", stood again and won.";
          case LOST -> "The sitting member, " + names + ", stood again and lost.";
          case DID_NOT_STAND -> "The sitting member, " + names + ", did not stand here.";
        });
  }
}
