package org.janadesh.cli.tally;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.tally.Performance;
import org.janadesh.core.tally.PerformanceTally;

/**
 * Writes a performance tally ({@code tally --by party|alliance}, {@code --bloc}). The JSON shape is
 * a documented contract ({@code docs/json-contracts.md}).
 */
public final class PerformanceView {
  private PerformanceView() {}

  /**
   * @param by {@code party}, {@code alliance} or {@code bloc}
   * @param members each alliance's or bloc's members in the scope, by subject
   * @param apart national members of an alliance counted apart in this state (ALL-3), by party
   */
  public static void write(
      PrintWriter out,
      Format format,
      Election election,
      String by,
      PerformanceTally tally,
      Map<String, List<String>> members,
      Map<String, String> apart) {
    switch (format) {
      case JSON -> Json.print(out, json(by, tally, members, apart));
      case CSV -> csv(out, by, tally);
      case TABLE -> table(out, election, tally, members, apart);
    }
  }

  static ObjectNode json(
      String by,
      PerformanceTally tally,
      Map<String, List<String>> members,
      Map<String, String> apart) {
    ObjectNode root = Json.object();
    root.put("election", tally.election().value());
    root.put("scope", tally.scope());
    root.put("by", by);
    root.put("seats", tally.seats());
    root.put("majority_mark", tally.majorityMark());
    count(root, "total_votes", tally.totalVotes());
    ArrayNode rows = root.putArray("rows");
    for (Performance p : tally.rows()) {
      ObjectNode row = rows.addObject();
      row.put("subject", p.subject());
      if (members.containsKey(p.subject())) {
        ArrayNode m = row.putArray("members");
        members.get(p.subject()).forEach(m::add);
      }
      row.put("won", p.won());
      row.put(
          "majority",
          p.won() >= tally.majorityMark()
              && !p.subject().equals(org.janadesh.core.alliance.Membership.OTHERS));
      count(row, "candidates", p.candidates());
      count(row, "contested", p.contested());
      share(row, "strike_rate", p.strikeRate());
      count(row, "votes", p.votes());
      share(row, "vote_share", p.voteShare());
      share(row, "vote_share_contested", p.voteShareInContested());
      count(row, "deposits_forfeited", p.forfeited());
    }
    ArrayNode apartRows = root.putArray("counted_apart");
    apart.forEach(
        (party, alliance) -> apartRows.addObject().put("party", party).put("alliance", alliance));
    return root;
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
        .filter(p -> p.won() >= tally.majorityMark())
        .filter(p -> !p.subject().equals(org.janadesh.core.alliance.Membership.OTHERS))
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

  private static void count(ObjectNode node, String field, OptionalLong v) {
    if (v.isPresent()) {
      node.put(field, v.getAsLong());
    } else {
      node.putNull(field);
    }
  }

  private static void count(ObjectNode node, String field, OptionalInt v) {
    if (v.isPresent()) {
      node.put(field, v.getAsInt());
    } else {
      node.putNull(field);
    }
  }

  private static void share(ObjectNode node, String field, OptionalDouble v) {
    if (v.isPresent()) {
      node.put(field, Numbers.percent(v.getAsDouble()));
    } else {
      node.putNull(field);
    }
  }
}
