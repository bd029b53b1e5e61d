package org.janadesh.server.constituency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.janadesh.core.metrics.CandidateMetrics;
import org.janadesh.core.metrics.ContestMetrics;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Votes;
import org.janadesh.core.rules.Verdict;
import org.janadesh.core.tally.CandidateLine;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.server.archive.Percent;
import org.janadesh.server.http.Json;

/**
 * One constituency's result sheet as JSON, shared by {@code janadesh constituency --format json}
 * and {@code GET /api/v1/elections/{id}/constituencies/{seat}}: a documented contract ({@code
 * docs/json-contracts.md}).
 */
public final class ResultSheetDocument {
  private ResultSheetDocument() {}

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
  public static Optional<Verdict> deposit(ContestMetrics m, CandidateLine line) {
    return m.candidate(line.candidate().serial()).flatMap(CandidateMetrics::deposit);
  }

  static void decimal(ObjectNode node, String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  static void person(ObjectNode node, Candidate candidate) {
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
      node.put("share", Percent.of(share.getAsDouble()));
    } else {
      node.putNull("share");
    }
  }

  static void count(ObjectNode node, String field, OptionalLong value) {
    if (value.isPresent()) {
      node.put(field, value.getAsLong());
    } else {
      node.putNull(field);
    }
  }
}
