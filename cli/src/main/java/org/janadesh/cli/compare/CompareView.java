package org.janadesh.cli.compare;

import java.io.PrintWriter;
import java.util.List;
import org.janadesh.cli.Desk;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.comparison.SeatChange;
import org.janadesh.core.comparison.SubjectChange;
import org.janadesh.core.election.Election;
import org.janadesh.server.comparison.CompareDocument;

/** Writes a comparison; the JSON shape is a documented contract (docs/json-contracts.md). */
final class CompareView {
  private CompareView() {}

  static void write(
      PrintWriter out,
      Format format,
      Desk desk,
      Election now,
      Election before,
      ElectionComparison cmp) {
    switch (format) {
      case JSON ->
          Json.print(out, CompareDocument.json(desk.registries().states(), now, before, cmp));
      case CSV -> csv(out, cmp);
      case TABLE -> table(out, desk, now, before, cmp);
    }
  }

  private static void csv(PrintWriter out, ElectionComparison cmp) {
    Csv.line(
        out,
        "current",
        "previous",
        "scope",
        "party",
        "seats_previous",
        "seats_current",
        "change",
        "vote_share_previous",
        "vote_share_current",
        "swing");
    for (SubjectChange r : cmp.rows()) {
      Csv.line(
          out,
          cmp.current().value(),
          cmp.previous().value(),
          cmp.scope(),
          r.subject(),
          Integer.toString(r.seatsPrevious()),
          Integer.toString(r.seatsCurrent()),
          Integer.toString(r.change()),
          Numbers.plain(r.voteSharePrevious()),
          Numbers.plain(r.voteShareCurrent()),
          Numbers.plain(r.swing()));
    }
  }

  private static void table(
      PrintWriter out, Desk desk, Election now, Election before, ElectionComparison cmp) {
    out.println(now.name() + " vs " + before.name() + " - " + cmp.scope());
    out.println();
    Table table =
        Table.of("", "Before>", "Now>", "Change>", "Vote % before>", "Vote % now>", "Swing pp>");
    for (SubjectChange r : cmp.rows()) {
      table.row(
          r.subject(),
          Integer.toString(r.seatsPrevious()),
          Integer.toString(r.seatsCurrent()),
          signed(r.change()),
          Numbers.percentText(r.voteSharePrevious()),
          Numbers.percentText(r.voteShareCurrent()),
          r.swing().isPresent() ? signedPercent(r.swing().getAsDouble()) : "-");
    }
    table.print(out);
    List<SeatChange> held = cmp.seats().stream().filter(SeatChange::held).toList();
    if (cmp.rows().size() == 1) {
      String subject = cmp.rows().getFirst().subject();
      list(out, desk, now, "Held", held, s -> "");
      list(
          out,
          desk,
          now,
          "Gained",
          cmp.flips().stream().filter(s -> s.to().equals(subject)).toList(),
          s -> " from " + s.from());
      list(
          out,
          desk,
          now,
          "Lost",
          cmp.flips().stream().filter(s -> s.from().equals(subject)).toList(),
          s -> " to " + s.to());
    } else {
      out.println();
      out.println(
          cmp.flips().size()
              + " seats changed hands, "
              + held.size()
              + " were held (--format json lists them)");
    }
    if (!cmp.notComparable().isEmpty()) {
      out.println();
      out.println(
          cmp.notComparable().size()
              + " seats are not comparable (another delimitation order or renumbering, CMP-1;"
              + " --format json lists them)");
    }
  }

  private static void list(
      PrintWriter out,
      Desk desk,
      Election now,
      String title,
      List<SeatChange> seats,
      java.util.function.Function<SeatChange, String> how) {
    out.println();
    out.println(title + " (" + seats.size() + ")");
    for (SeatChange s : seats) {
      out.println(
          "  "
              + s.name()
              + " ("
              + desk.stateName(s.constituency().state(), now)
              + ")"
              + how.apply(s)
              + ": "
              + s.currentWinner().name()
              + " ("
              + s.currentWinner().party()
              + "), before "
              + s.previousWinner().name()
              + " ("
              + s.previousWinner().party()
              + ")");
    }
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : Integer.toString(n);
  }

  private static String signedPercent(double v) {
    String t = Numbers.percent(v).toPlainString();
    return v > 0 ? "+" + t : t;
  }
}
