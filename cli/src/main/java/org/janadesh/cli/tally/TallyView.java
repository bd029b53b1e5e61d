package org.janadesh.cli.tally;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.tally.PartyTally;
import org.janadesh.core.tally.SeatTally;

/**
 * Writes a seat tally. The JSON shape is a documented contract ({@code docs/json-contracts.md}):
 * change it only deliberately, with the approval test.
 */
public final class TallyView {
  private TallyView() {}

  public static void write(
      PrintWriter out, Format format, Election election, SeatTally tally, boolean allParties) {
    switch (format) {
      case JSON -> Json.print(out, json(tally));
      case CSV -> csv(out, tally);
      case TABLE -> table(out, election, tally, allParties);
    }
  }

  public static ObjectNode json(SeatTally tally) {
    ObjectNode root = Json.object();
    root.put("election", tally.election().value());
    root.put("scope", tally.scope());
    root.put("seats", tally.seats());
    putCount(root, "total_votes", tally.totalVotes());
    putCount(root, "postal_votes", tally.postalVotes());
    putCount(root, "nota_votes", tally.notaVotes());
    ArrayNode parties = root.putArray("parties");
    for (PartyTally p : tally.parties()) {
      ObjectNode row = parties.addObject();
      row.put("party", p.party().value());
      row.put("name", p.name());
      row.put("won", p.won());
      putCount(row, "votes", p.votes());
      if (p.voteShare().isPresent()) {
        row.put("vote_share", Numbers.percent(p.voteShare().getAsDouble()));
      } else {
        row.putNull("vote_share");
      }
    }
    return root;
  }

  private static void putCount(ObjectNode node, String field, java.util.OptionalLong value) {
    if (value.isPresent()) {
      node.put(field, value.getAsLong());
    } else {
      node.putNull(field);
    }
  }

  private static void csv(PrintWriter out, SeatTally tally) {
    Csv.line(out, "election", "scope", "party", "name", "won", "votes", "vote_share");
    for (PartyTally p : tally.parties()) {
      Csv.line(
          out,
          tally.election().value(),
          tally.scope(),
          p.party().value(),
          p.name(),
          Integer.toString(p.won()),
          Numbers.plain(p.votes()),
          Numbers.plain(p.voteShare()));
    }
  }

  private static void table(
      PrintWriter out, Election election, SeatTally tally, boolean allParties) {
    out.println(
        election.name()
            + " - "
            + tally.scope()
            + ": "
            + tally.seats()
            + (tally.seats() == 1 ? " seat" : " seats"));
    out.println();
    Table table = Table.of("Party", "Name", "Won>", "Votes>", "Vote %>");
    List<PartyTally> shown =
        tally.parties().stream().filter(p -> allParties || p.won() > 0).toList();
    shown.forEach(
        p ->
            table.row(
                p.party().value(),
                p.name(),
                Integer.toString(p.won()),
                Numbers.grouped(p.votes()),
                Numbers.percentText(p.voteShare())));
    table.print(out);
    int hidden = tally.parties().size() - shown.size();
    if (hidden > 0) {
      out.println(
          "+ "
              + hidden
              + " parties without a seat ("
              + Numbers.grouped(tally.votesWithoutSeat())
              + " votes; --all lists them)");
    }
    out.println();
    out.println(
        "Total votes "
            + Numbers.grouped(tally.totalVotes())
            + " (postal "
            + Numbers.grouped(tally.postalVotes())
            + ", NOTA "
            + Numbers.grouped(tally.notaVotes())
            + ")");
    out.println("Source: " + election.source());
  }
}
