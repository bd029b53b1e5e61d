package org.janadesh.cli.constituency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.Format;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.metrics.ContestMetrics;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Votes;
import org.janadesh.core.rules.Verdict;
import org.janadesh.core.tally.CandidateLine;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.server.constituency.ResultSheetDocument;
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

  /** The JSON contract; built in the server module so that the API answers the same. */
  public static ObjectNode json(String stateName, ResultSheet sheet) {
    return ResultSheetDocument.json(stateName, sheet);
  }

  private static Optional<Verdict> deposit(ContestMetrics m, CandidateLine line) {
    return ResultSheetDocument.deposit(m, line);
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
