package org.janadesh.cli.counting.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.Function;
import org.janadesh.cli.counting.CountLabel;
import org.janadesh.cli.counting.Moments;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.counting.SeatProgress;
import org.janadesh.core.counting.WonLeading;
import org.janadesh.server.live.StatusDocument;

/**
 * Writes a count's Won / Leading / Total. The JSON shape is a documented contract
 * (docs/json-contracts.md): change it only deliberately, with the approval test.
 */
public final class StatusView {
  private StatusView() {}

  public static void write(
      PrintWriter out, Format format, StatusDocument.Status status, Function<String, String> name) {
    switch (format) {
      case JSON -> Json.print(out, json(status));
      case CSV -> csv(out, status);
      case TABLE -> table(out, status, name);
    }
  }

  public static ObjectNode json(StatusDocument.Status s) {
    return StatusDocument.json(s);
  }

  private static void csv(PrintWriter out, StatusDocument.Status s) {
    Csv.line(
        out,
        "count",
        "test",
        "election",
        "seq",
        "as_of",
        "scope",
        s.by(),
        "won",
        "leading",
        "total");
    for (WonLeading<String> l : s.tally().lines()) {
      Csv.line(
          out,
          s.count().id().value(),
          Boolean.toString(s.count().isTest()),
          s.election().id().value(),
          Long.toString(s.sequence()),
          s.asOf().map(Instant::toString).orElse(""),
          s.tally().scope(),
          l.key(),
          Integer.toString(l.won()),
          Integer.toString(l.leading()),
          Integer.toString(l.total()));
    }
  }

  private static void table(
      PrintWriter out, StatusDocument.Status s, Function<String, String> name) {
    CountLabel.header(out, s.count());
    SeatProgress p = s.tally().progress();
    out.println(
        s.election().name()
            + " - "
            + s.tally().scope()
            + ", as of log sequence "
            + Numbers.grouped(s.sequence())
            + s.asOf().map(t -> " (received " + Moments.table(t) + ")").orElse(" (nothing yet)"));
    out.println(
        p.seats()
            + (p.seats() == 1 ? " seat" : " seats")
            + ": declared "
            + p.declared()
            + ", counting "
            + p.counting()
            + ", not started "
            + p.notStarted()
            + (p.countermanded() > 0 ? ", countermanded " + p.countermanded() : ""));
    out.println();
    boolean parties = s.by().equals("party");
    Table table =
        parties
            ? Table.of("Party", "Name", "Won>", "Leading>", "Total>")
            : Table.of("Alliance", "Won>", "Leading>", "Total>");
    for (WonLeading<String> l : s.tally().lines()) {
      String won = Integer.toString(l.won());
      String leading = Integer.toString(l.leading());
      String total = Integer.toString(l.total());
      if (parties) {
        table.row(l.key(), name.apply(l.key()), won, leading, total);
      } else {
        table.row(l.key(), won, leading, total);
      }
    }
    table.print(out);
    if (s.count().isTest()) {
      out.println(CountLabel.TEST_BANNER);
    }
  }
}
