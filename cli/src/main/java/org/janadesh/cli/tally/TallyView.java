package org.janadesh.cli.tally;

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
import org.janadesh.server.tally.TallyDocument;

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

  /** The JSON contract; built in the server module so that the API answers the same. */
  public static ObjectNode json(SeatTally tally) {
    return TallyDocument.json(tally);
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
