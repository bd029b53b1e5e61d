package org.janadesh.cli.counting.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
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
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.store.counting.CountSession;

/**
 * Writes one seat's lead changes. The JSON shape is a documented contract (docs/json-contracts.md):
 * change it only deliberately, with the approval test.
 */
public final class TimelineView {
  private TimelineView() {}

  /** The lead changes of {@code contest}'s seat in {@code count}, after entry {@code sequence}. */
  public record Timeline(
      CountSession count,
      Election election,
      Contest contest,
      String place,
      String stateName,
      long sequence,
      SeatStatus status,
      List<LeadChange> changes) {
    public Timeline {
      changes = List.copyOf(changes);
    }
  }

  public static void write(PrintWriter out, Format format, Timeline t) {
    switch (format) {
      case JSON -> Json.print(out, json(t));
      case CSV -> csv(out, t);
      case TABLE -> table(out, t);
    }
  }

  public static ObjectNode json(Timeline t) {
    ObjectNode root = CountLabel.json(Json.object(), t.count());
    root.put("seq", t.sequence());
    ObjectNode seat = root.putObject("constituency");
    seat.put("name", t.contest().name());
    seat.put("state", t.contest().constituency().state().value());
    seat.put("state_name", t.stateName());
    seat.put("number", t.contest().constituency().number());
    root.put("status", statusKey(t.status()));
    ArrayNode changes = root.putArray("changes");
    for (LeadChange c : t.changes()) {
      ObjectNode row = changes.addObject();
      row.put("seq", c.event().sequence());
      row.put("published", c.event().submission().published().toString());
      row.put("received", c.event().submission().received().toString());
      candidate(row, "leader", c.leader());
      candidate(row, "previous", c.previous());
      row.put("margin", c.margin());
      row.put("declared", c.declared());
    }
    return root;
  }

  private static void candidate(ObjectNode row, String field, Optional<Candidate> who) {
    if (who.isEmpty()) {
      row.putNull(field);
      return;
    }
    ObjectNode c = row.putObject(field);
    c.put("serial", who.get().serial());
    c.put("name", who.get().name());
    c.put("party", who.get().party().value());
  }

  /**
   * {@code not_started}, {@code counting}, {@code declared}, {@code countermanded}, {@code
   * uncontested}.
   */
  static String statusKey(SeatStatus status) {
    return switch (status) {
      case SeatStatus.NotStarted n -> "not_started";
      case SeatStatus.Counting c -> "counting";
      case SeatStatus.Declared d -> "declared";
      case SeatStatus.Countermanded c -> "countermanded";
      case SeatStatus.ReturnedUncontested u -> "uncontested";
    };
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
