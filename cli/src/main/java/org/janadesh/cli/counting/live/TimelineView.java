package org.janadesh.cli.counting.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.janadesh.cli.counting.CountLabel;
import org.janadesh.cli.counting.Moments;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.counting.LeadChange;
import org.janadesh.core.counting.Place;
import org.janadesh.core.counting.SeatStatus;
import org.janadesh.core.result.Candidate;
import org.janadesh.server.live.TimelineDocument;
import org.janadesh.server.live.TimelineDocument.Timeline;

/**
 * Writes one seat's lead changes. The JSON shape is a documented contract (docs/json-contracts.md):
 * change it only deliberately, with the approval test.
 */
public final class TimelineView {
  private TimelineView() {}

  public static void write(PrintWriter out, Format format, Timeline t) {
    switch (format) {
      case JSON -> Json.print(out, json(t));
      case CSV -> csv(out, t);
      case TABLE -> table(out, t);
    }
  }

  public static ObjectNode json(Timeline t) {
    return TimelineDocument.json(t);
  }

  static String statusKey(SeatStatus status) {
    return TimelineDocument.statusKey(status);
  }

  private static void csv(PrintWriter out, Timeline t) {
    Csv.line(
        out,
        "count",
        "test",
        "constituency",
        "state",
        "number",
        "seq",
        "published",
        "received",
        "leader",
        "leader_party",
        "previous",
        "previous_party",
        "margin",
        "declared");
    for (LeadChange c : t.changes()) {
      Csv.line(
          out,
          t.count().id().value(),
          Boolean.toString(t.count().isTest()),
          t.contest().name(),
          t.contest().constituency().state().value(),
          Integer.toString(t.contest().constituency().number()),
          Long.toString(c.event().sequence()),
          c.event().submission().published().toString(),
          c.event().submission().received().toString(),
          c.leader().map(Candidate::name).orElse(""),
          c.leader().map(x -> x.party().value()).orElse(""),
          c.previous().map(Candidate::name).orElse(""),
          c.previous().map(x -> x.party().value()).orElse(""),
          Long.toString(c.margin()),
          Boolean.toString(c.declared()));
    }
  }

  private static void table(PrintWriter out, Timeline t) {
    CountLabel.header(out, t.count());
    out.println(
        t.contest().name()
            + " ("
            + t.place()
            + "), "
            + t.election().name()
            + ", as of log sequence "
            + Numbers.grouped(t.sequence())
            + ": "
            + describe(t.status()));
    out.println();
    if (t.changes().isEmpty()) {
      out.println("No lead yet.");
    } else {
      Table table = Table.of("Published (IST)", "Seq>", "Leads", "Led before", "Margin>", "");
      for (LeadChange c : t.changes()) {
        table.row(
            Moments.table(c.event().submission().published()),
            Long.toString(c.event().sequence()),
            c.leader().map(TimelineView::who).orElse("(tie)"),
            c.previous().map(TimelineView::who).orElse("-"),
            Numbers.grouped(c.margin()),
            c.declared() ? "declared" : "");
      }
      table.print(out);
    }
    if (t.count().isTest()) {
      out.println(CountLabel.TEST_BANNER);
    }
  }

  private static String who(Candidate c) {
    return c.name() + " (" + c.party().value() + ")";
  }

  private static String describe(SeatStatus status) {
    return switch (status) {
      case SeatStatus.NotStarted n -> "not started";
      case SeatStatus.Counting c ->
          "counting"
              + (c.roundsCounted().isPresent() && c.rounds().isPresent()
                  ? ", round " + c.roundsCounted().getAsInt() + " of " + c.rounds().getAsInt()
                  : "")
              + (c.adjourned() ? ", adjourned" : "")
              + c.leader()
                  .map(Place::candidate)
                  .map(l -> "; " + who(l) + " leads by " + Numbers.grouped(c.margin()))
                  .orElse("; no one leads");
      case SeatStatus.Declared d ->
          "declared: "
              + who(d.winner())
              + " won by "
              + Numbers.grouped(d.margin())
              + (d.recount() ? " after a recount" : "")
              + (d.drawOfLots() ? " on a draw of lots" : "");
      case SeatStatus.Countermanded c -> "poll countermanded (" + c.reason() + ")";
      case SeatStatus.ReturnedUncontested u -> "returned unopposed: " + who(u.returned());
    };
  }
}
