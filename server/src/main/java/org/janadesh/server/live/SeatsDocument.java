package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.janadesh.core.counting.LeadChange;
import org.janadesh.core.counting.Place;
import org.janadesh.core.counting.SeatStatus;
import org.janadesh.core.counting.Standing;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.metrics.Percent;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;

/**
 * Seats of a live count as JSON: one row per seat for the map and tables ({@code /seats}), and one
 * seat in full ({@code /seats/{seat}}) with its candidates' EVM, postal and total votes counted so
 * far and its lead changes as {@code janadesh timeline} lists them.
 */
public final class SeatsDocument {
  private SeatsDocument() {}

  /**
   * A seat's live state: status, who leads (the winner once declared, the member returned
   * unopposed), the margin, and rounds counted of N; {@code null} where the status has no such
   * figure or the source never said (counts reported without round numbers).
   */
  public static ObjectNode row(ObjectNode row, Contest contest, String stateName, SeatStatus s) {
    row.put("state", contest.constituency().state().value());
    row.put("state_name", stateName);
    row.put("number", contest.constituency().number());
    row.put("name", contest.name());
    row.put("status", TimelineDocument.statusKey(s));
    switch (s) {
      case SeatStatus.NotStarted n -> nothing(row);
      case SeatStatus.Countermanded c -> {
        nothing(row);
        row.put("reason", c.reason());
      }
      case SeatStatus.ReturnedUncontested u -> {
        TimelineDocument.candidate(row, "leader", Optional.of(u.returned()));
        row.putNull("margin");
        rounds(row, OptionalInt.empty(), OptionalInt.empty());
      }
      case SeatStatus.Counting c -> {
        TimelineDocument.candidate(row, "leader", c.leader().map(Place::candidate));
        row.put("margin", c.margin());
        rounds(row, c.roundsCounted(), c.rounds());
        row.put("postal_only", c.postalOnly());
        row.put("adjourned", c.adjourned());
      }
      case SeatStatus.Declared d -> {
        TimelineDocument.candidate(row, "leader", Optional.of(d.winner()));
        row.put("margin", d.margin());
        // Declared: counting is over, so the rounds counted are all the rounds there were.
        rounds(row, d.roundsCounted(), d.roundsCounted());
        row.put("recount", d.recount());
        row.put("draw_of_lots", d.drawOfLots());
      }
    }
    return row;
  }

  private static void nothing(ObjectNode row) {
    row.putNull("leader");
    row.putNull("margin");
    rounds(row, OptionalInt.empty(), OptionalInt.empty());
  }

  private static void rounds(ObjectNode row, OptionalInt counted, OptionalInt of) {
    if (counted.isPresent()) {
      row.put("rounds_counted", counted.getAsInt());
    } else {
      row.putNull("rounds_counted");
    }
    if (of.isPresent()) {
      row.put("rounds", of.getAsInt());
    } else {
      row.putNull("rounds");
    }
  }

  /**
   * The seat's candidates with EVM, postal and total votes counted so far, most votes first (ballot
   * order before anything is counted), then NOTA.
   */
  public static void candidates(ObjectNode root, List<Candidate> nominees, SeatStatus s) {
    Optional<Standing> standing =
        switch (s) {
          case SeatStatus.Counting c -> Optional.of(c.standing());
          case SeatStatus.Declared d -> Optional.of(d.standing());
          case SeatStatus.NotStarted n -> Optional.empty();
          case SeatStatus.Countermanded c -> Optional.empty();
          case SeatStatus.ReturnedUncontested u -> Optional.empty();
        };
    ArrayNode list = root.putArray("candidates");
    List<Candidate> order =
        standing.isPresent()
            ? standing.get().places().stream().map(Place::candidate).toList()
            : nominees;
    Tally evm = standing.map(Standing::evm).orElse(Tally.none());
    Tally postal = standing.map(Standing::postal).orElse(Tally.none());
    // The share of the votes counted so far (NOTA included), by the one percent rule (MET-0), so
    // that no page works it out on its own.
    long counted = evm.nota() + postal.nota();
    for (Candidate c : order) {
      counted += evm.votes(c.serial()) + postal.votes(c.serial());
    }
    root.put("counted", counted);
    for (Candidate c : order) {
      ObjectNode row = list.addObject();
      long total = evm.votes(c.serial()) + postal.votes(c.serial());
      row.put("serial", c.serial());
      row.put("name", c.name());
      row.put("party", c.party().value());
      row.put("evm", evm.votes(c.serial()));
      row.put("postal", postal.votes(c.serial()));
      row.put("total", total);
      putShare(row, total, counted);
    }
    ObjectNode nota = root.putObject("nota");
    nota.put("evm", evm.nota());
    nota.put("postal", postal.nota());
    nota.put("total", evm.nota() + postal.nota());
    putShare(nota, evm.nota() + postal.nota(), counted);
  }

  private static void putShare(ObjectNode row, long votes, long counted) {
    Optional<java.math.BigDecimal> share = Percent.of(votes, counted);
    if (share.isPresent()) {
      row.put("share", share.get());
    } else {
      row.putNull("share");
    }
  }

  /**
   * {@code lead_changes}: the rows of {@code janadesh timeline --format json}'s {@code changes}.
   */
  public static void leadChanges(ObjectNode root, List<LeadChange> changes) {
    TimelineDocument.changes(root.putArray("lead_changes"), changes);
  }
}
