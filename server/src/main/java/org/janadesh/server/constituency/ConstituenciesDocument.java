package org.janadesh.server.constituency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.server.http.Json;

/**
 * Every seat of an election in one compact list, for the dashboard's map, tables and search: where
 * it is, who won for which party, by how much. A seat's full sheet is {@link ResultSheetDocument}.
 */
public final class ConstituenciesDocument {
  private ConstituenciesDocument() {}

  /**
   * @param scope {@code India} or the state's name
   * @param stateName each state's name as of the election
   */
  public static ObjectNode json(
      Election election,
      String scope,
      List<Contest> contests,
      Function<StateCode, String> stateName) {
    ObjectNode root = Json.object();
    root.put("election", election.id().value());
    root.put("scope", scope);
    root.put("seats", contests.size());
    ArrayNode rows = root.putArray("constituencies");
    for (Contest c : contests) {
      ResultSheet sheet = ResultSheet.of(c);
      ObjectNode row = rows.addObject();
      row.put("state_code", c.constituency().state().value());
      row.put("state", stateName.apply(c.constituency().state()));
      row.put("number", c.constituency().number());
      row.put("name", c.name());
      ResultSheetDocument.person(row.putObject("winner"), sheet.winners().getFirst());
      ResultSheetDocument.count(row, "margin", sheet.margin());
      ResultSheetDocument.decimal(row, "margin_pct", sheet.metrics().marginPercent());
      ResultSheetDocument.count(row, "total_votes", sheet.totalVotes());
    }
    return root;
  }
}
