package org.janadesh.cli.seat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.SeatContest;
import org.janadesh.core.result.Contest;
import org.janadesh.server.person.HoldersDocument;

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
    return HoldersDocument.status(s);
  }

  public static ObjectNode json(
      Careers careers,
      Election election,
      String stateName,
      Contest contest,
      List<SeatContest> line) {
    return HoldersDocument.json(careers, election, stateName, contest, line);
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
                  Candidacy c = HoldersDocument.lastWin(careers, p, now);
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
