package org.janadesh.cli.tally;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.tally.Performance;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.server.tally.PerformanceDocument;
import org.janadesh.server.tally.PerformanceReport;

/**
 * Writes a performance tally ({@code tally --by party|alliance}, {@code --bloc}). The JSON shape is
 * a documented contract ({@code docs/json-contracts.md}).
 */
public final class PerformanceView {
  private PerformanceView() {}

  public static void write(
      PrintWriter out, Format format, Election election, PerformanceReport report) {
    switch (format) {
      case JSON -> Json.print(out, PerformanceDocument.json(report));
      case CSV -> csv(out, report.by(), report.tally());
      case TABLE -> table(out, election, report.tally(), report.members(), report.apart());
    }
  }

  private static void csv(PrintWriter out, String by, PerformanceTally tally) {
    Csv.line(
        out,
        "election",
        "scope",
        "by",
        "subject",
        "won",
        "contested",
        "strike_rate",
        "votes",
        "vote_share",
        "vote_share_contested",
        "deposits_forfeited");
    for (Performance p : tally.rows()) {
      Csv.line(
          out,
          tally.election().value(),
          tally.scope(),
          by,
          p.subject(),
          Integer.toString(p.won()),
          plain(p.contested()),
          Numbers.plain(p.strikeRate()),
          Numbers.plain(p.votes()),
          Numbers.plain(p.voteShare()),
          Numbers.plain(p.voteShareInContested()),
          plain(p.forfeited()));
    }
  }

  private static void table(
      PrintWriter out,
      Election election,
      PerformanceTally tally,
      Map<String, List<String>> members,
      Map<String, String> apart) {
    out.println(
        election.name()
            + " - "
            + tally.scope()
            + ": "
            + tally.seats()
            + " seats, majority mark "
            + tally.majorityMark());
    out.println();
    Table table =
        Table.of(
            "",
            "Won>",
            "Contested>",
            "Strike %>",
            "Votes>",
            "Vote %>",
            "In contested %>",
            "Deposits lost>");
    for (Performance p : tally.rows()) {
      table.row(
          p.subject(),
          Integer.toString(p.won()),
          text(p.contested()),
          Numbers.percentText(p.strikeRate()),
          Numbers.grouped(p.votes()),
          Numbers.percentText(p.voteShare()),
          Numbers.percentText(p.voteShareInContested()),
          text(p.forfeited()));
    }
    table.print(out);
    tally.rows().stream()
        .filter(p -> PerformanceDocument.pastMajority(tally, p))
        .forEach(p -> out.println(p.subject() + " is past the majority mark"));
    if (!members.isEmpty()) {
      out.println();
      members.forEach((subject, m) -> out.println(subject + ": " + String.join(", ", m)));
    }
    if (!apart.isEmpty()) {
      out.println();
      apart.forEach(
          (party, alliance) ->
              out.println(
                  party
                      + " is in "
                      + alliance
                      + " nationally but counted apart in "
                      + tally.scope()
                      + " (ALL-3)"));
    }
    out.println();
    out.println("Total votes " + Numbers.grouped(tally.totalVotes()));
    out.println("Source: " + election.source());
  }

  private static String text(OptionalInt v) {
    return v.isPresent() ? Numbers.grouped(v.getAsInt()) : "-";
  }

  private static String plain(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }
}
