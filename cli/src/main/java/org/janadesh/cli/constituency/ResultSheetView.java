package org.janadesh.cli.constituency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.metrics.CandidateMetrics;
import org.janadesh.core.metrics.ContestMetrics;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Votes;
import org.janadesh.core.rules.Verdict;
import org.janadesh.core.tally.CandidateLine;
import org.janadesh.core.tally.ResultSheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes one constituency's result sheet. The JSON shape is a documented contract ({@code
 * docs/json-contracts.md}).
 */
public final class ResultSheetView {
  private ResultSheetView() {}

  public static void write(
      PrintWriter out, Format format, Election election, String stateName, ResultSheet sheet) {
    switch (format) {
      case JSON -> Json.print(out, json(stateName, sheet));
      case CSV -> csv(out, sheet);
      case TABLE -> table(out, election, stateName, sheet);
    }
  }

  public static ObjectNode json(String stateName, ResultSheet sheet) {
    ObjectNode root = Json.object();
    root.put("election", sheet.contest().election().value());
    root.put("state", stateName);
    root.put("state_code", sheet.contest().constituency().state().value());
    root.put("number", sheet.contest().constituency().number());
    root.put("name", sheet.contest().name());
    ArrayNode winners = root.putArray("winners");
    sheet.winners().forEach(w -> person(winners.addObject(), w));
    person(root.putObject("winner"), sheet.winners().get(0));
    if (sheet.runnerUp().isPresent()) {
      person(root.putObject("runner_up"), sheet.runnerUp().get());
    } else {
      root.putNull("runner_up");
    }
    count(root, "margin", sheet.margin());
    count(root, "total_votes", sheet.totalVotes());
    ContestMetrics m = sheet.metrics();
    decimal(root, "margin_percent", m.marginPercent());
    decimal(root, "turnout_percent", m.turnoutPercent());
    decimal(root, "nota_share", m.notaShare());
    if (m.candidateCount().isPresent()) {
      root.put("candidate_count", m.candidateCount().getAsInt());
    } else {
      root.putNull("candidate_count");
    }
    decimal(root, "enop", m.enop());
    ArrayNode candidates = root.putArray("candidates");
    for (CandidateLine line : sheet.lines()) {
      ObjectNode row = candidates.addObject();
      row.put("rank", line.rank());
      row.put("serial", line.candidate().serial());
      person(row, line.candidate());
      votes(row, line.votes(), line.share());
      Optional<Verdict> deposit = deposit(m, line);
      if (deposit.isPresent()) {
        row.put("deposit_forfeited", deposit.get().met());
        row.put("deposit_rule", deposit.get().ruleId());
      } else {
        row.putNull("deposit_forfeited");
        row.putNull("deposit_rule");
      }
    }
    Votes nota = sheet.nota();
    if (nota == null) {
      root.putNull("nota");
    } else {
      votes(root.putObject("nota"), nota, sheet.notaShare());
    }
    return root;
  }

  /** The deposit verdict of a sheet line (DEP-1..5); empty where the record cannot say. */
  private static Optional<Verdict> deposit(ContestMetrics m, CandidateLine line) {
    return m.candidate(line.candidate().serial()).flatMap(CandidateMetrics::deposit);
  }

  private static void decimal(ObjectNode node, String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("-");
  }

  private static String mark(Optional<Verdict> deposit) {
    return deposit.map(v -> v.met() ? "lost" : "").orElse("?");
  }

  private static void person(ObjectNode node, Candidate candidate) {
    node.put("candidate", candidate.name());
    node.put("party", candidate.party().value());
  }

  private static void votes(ObjectNode node, Votes votes, OptionalDouble share) {
    switch (votes) {
      case Votes.ByMode m -> {
        node.put("evm", m.evm());
        node.put("postal", m.postal());
        if (m.other() > 0) {
          node.put("other", m.other());
        }
      }
      case Votes.TotalOnly t -> {
        node.putNull("evm");
        node.putNull("postal");
      }
    }
    node.put("total", votes.total());
    if (share.isPresent()) {
      node.put("share", Numbers.percent(share.getAsDouble()));
    } else {
      node.putNull("share");
    }
  }

  private static void count(ObjectNode node, String field, OptionalLong value) {
    if (value.isPresent()) {
      node.put(field, value.getAsLong());
    } else {
      node.putNull(field);
    }
  }

  private static void csv(PrintWriter out, ResultSheet sheet) {
    Csv.line(
        out,
        "election",
        "state_code",
        "number",
        "constituency",
        "rank",
        "serial",
        "candidate",
        "party",
        "evm",
        "postal",
        "total",
        "share",
        "deposit_forfeited",
        "margin_percent",
        "turnout_percent",
        "nota_share",
        "candidate_count",
        "enop");
    ContestMetrics m = sheet.metrics();
    String marginPercent = plain(m.marginPercent());
    String turnout = plain(m.turnoutPercent());
    String notaShare = plain(m.notaShare());
    String count =
        m.candidateCount().isPresent() ? Integer.toString(m.candidateCount().getAsInt()) : "";
    String enop = plain(m.enop());
    String election = sheet.contest().election().value();
    String state = sheet.contest().constituency().state().value();
    String number = Integer.toString(sheet.contest().constituency().number());
    for (CandidateLine line : sheet.lines()) {
      Csv.line(
          out,
          election,
          state,
          number,
          sheet.contest().name(),
          Integer.toString(line.rank()),
          Integer.toString(line.candidate().serial()),
          line.candidate().name(),
          line.candidate().party().value(),
          evm(line.votes()),
          postal(line.votes()),
          Long.toString(line.votes().total()),
          Numbers.plain(line.share()),
          deposit(m, line).map(v -> Boolean.toString(v.met())).orElse(""),
          marginPercent,
          turnout,
          notaShare,
          count,
          enop);
    }
    Votes nota = sheet.nota();
    if (nota != null) {
      Csv.line(
          out,
          election,
          state,
          number,
          sheet.contest().name(),
          "",
          "",
          "NOTA",
          "",
          evm(nota),
          postal(nota),
          Long.toString(nota.total()),
          Numbers.plain(sheet.notaShare()),
          "",
          marginPercent,
          turnout,
          notaShare,
          count,
          enop);
    }
  }

  private static String evm(Votes votes) {
    return votes instanceof Votes.ByMode m ? Long.toString(m.evm()) : "";
  }

  private static String postal(Votes votes) {
    return votes instanceof Votes.ByMode m ? Long.toString(m.postal()) : "";
  }

  private static void table(
      PrintWriter out, Election election, String stateName, ResultSheet sheet) {
    var id = sheet.contest().constituency();
    out.println(
        sheet.contest().name()
            + " ("
            + stateName
            + ", "
            + id.house().seatKind()
            + " "
            + id.number()
            + ") - "
            + election.name());
    out.println();
    if (sheet.lines().isEmpty()) {
      sheet
          .winners()
          .forEach(
              w ->
                  out.println(
                      "Returned: " + w.name() + " (" + w.party().value() + ")" + note(sheet)));
      return;
    }
    ContestMetrics m = sheet.metrics();
    Table table =
        Table.of("#>", "Candidate", "Party", "EVM>", "Postal>", "Total>", "Share %>", "Deposit");
    for (CandidateLine line : sheet.lines()) {
      table.row(
          Integer.toString(line.rank()),
          line.candidate().name(),
          line.candidate().party().value(),
          group(evm(line.votes())),
          group(postal(line.votes())),
          Numbers.grouped(line.votes().total()),
          Numbers.percentText(line.share()),
          mark(deposit(m, line)));
    }
    Votes nota = sheet.nota();
    if (nota != null) {
      table.row(
          "",
          "NOTA",
          "",
          group(evm(nota)),
          group(postal(nota)),
          Numbers.grouped(nota.total()),
          Numbers.percentText(sheet.notaShare()),
          "");
    }
    table.print(out);
    out.println();
    Candidate winner = sheet.winners().get(0);
    @Nullable Candidate runnerUp = sheet.runnerUp().orElse(null);
    out.println(
        "Winner: "
            + winner.name()
            + " ("
            + winner.party().value()
            + ")"
            + (runnerUp == null
                ? ""
                : ", margin "
                    + Numbers.grouped(sheet.margin())
                    + " over "
                    + runnerUp.name()
                    + " ("
                    + runnerUp.party().value()
                    + ")"
                    + (m.marginPercent().isPresent()
                        ? " = " + text(m.marginPercent()) + " % of votes polled"
                        : "")));
    out.println(
        "Candidates "
            + (m.candidateCount().isPresent() ? m.candidateCount().getAsInt() : "-")
            + ", ENOP "
            + text(m.enop())
            + ", NOTA "
            + (m.notaShare().isPresent() ? text(m.notaShare()) + " %" : "-")
            + ", turnout "
            + (m.turnoutPercent().isPresent() ? text(m.turnoutPercent()) + " % of electors" : "-")
            + "; deposit: lost = forfeited, ? = unknown on a partial record (DEP-1)");
    if (sheet.totalVotes().isEmpty()) {
      out.println("Only some candidates are on record: shares are not computed.");
    }
  }

  private static String note(ResultSheet sheet) {
    return switch (sheet.contest().outcome()) {
      case org.janadesh.core.result.Uncontested u -> " - uncontested, no poll";
      case org.janadesh.core.result.WinnersOnly w -> " - only winners are on record";
      case org.janadesh.core.result.Polled p -> "";
    };
  }

  private static String group(String digits) {
    return digits.isEmpty() ? "-" : Numbers.grouped(Long.parseLong(digits));
  }
}
