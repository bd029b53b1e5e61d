package org.janadesh.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Outcome;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.core.result.WinnersOnly;
import org.jspecify.annotations.Nullable;

/** Rebuilds the core's contests from rows of {@code contest} and {@code candidacy}. */
final class ContestReader {
  // One statement, so that the contests and their candidacies come from one snapshot even while
  // another process writes to the file.
  private static final String SELECT_ELECTION =
      """
      SELECT c.id, c.house, c.state_code, c.number, c.delimitation, c.name, c.outcome,
             c.nota_kind, c.nota_evm, c.nota_postal, c.nota_other, c.nota_total,
             c.electors, c.complete, c.winner_serial,
             k.serial, k.name, k.party_id,
             k.votes_kind, k.evm_votes, k.postal_votes, k.other_votes, k.total_votes
        FROM contest c
        LEFT JOIN candidacy k ON k.contest_id = c.id
       WHERE c.election_id = ?
       ORDER BY c.id, k.position
      """;

  // Many elections at once, for whole-archive reads: the ids come as one JSON array parameter.
  private static final String SELECT_ELECTIONS =
      """
      SELECT c.id, c.house, c.state_code, c.number, c.delimitation, c.name, c.outcome,
             c.nota_kind, c.nota_evm, c.nota_postal, c.nota_other, c.nota_total,
             c.electors, c.complete, c.winner_serial,
             k.serial, k.name, k.party_id,
             k.votes_kind, k.evm_votes, k.postal_votes, k.other_votes, k.total_votes,
             c.election_id
        FROM contest c
        LEFT JOIN candidacy k ON k.contest_id = c.id
       WHERE c.election_id IN (SELECT value FROM json_each(?))
       ORDER BY c.id, k.position
      """;

  private ContestReader() {}

  /** The contests of each election of {@code elections}, each list ordered by constituency. */
  static Map<ElectionId, List<Contest>> ofElections(
      Connection connection, Collection<ElectionId> elections) throws SQLException {
    Map<ElectionId, List<StoredContest>> stored = new LinkedHashMap<>();
    Map<String, ElectionId> ids = new HashMap<>();
    StringBuilder json = new StringBuilder("[");
    for (ElectionId id : elections) {
      stored.put(id, new ArrayList<>());
      ids.put(id.value(), id);
      json.append(json.length() > 1 ? "," : "").append(jsonString(id.value()));
    }
    json.append(']');
    try (PreparedStatement select = connection.prepareStatement(SELECT_ELECTIONS)) {
      select.setString(1, json.toString());
      try (ResultSet rows = select.executeQuery()) {
        ContestRows current = null;
        ElectionId election = null;
        while (rows.next()) {
          if (current == null || current.rowId != rows.getLong(1)) {
            if (current != null && election != null) {
              stored
                  .computeIfAbsent(election, k -> new ArrayList<>())
                  .add(current.toStored(election));
            }
            current = new ContestRows(rows);
            election = ids.get(rows.getString(24));
          }
          current.addCandidacy(rows);
        }
        if (current != null && election != null) {
          stored.computeIfAbsent(election, k -> new ArrayList<>()).add(current.toStored(election));
        }
      }
    }
    Map<ElectionId, List<Contest>> out = new LinkedHashMap<>();
    stored.forEach(
        (id, list) -> {
          list.sort(Comparator.comparing(s -> s.contest().constituency()));
          out.put(id, list.stream().map(StoredContest::contest).toList());
        });
    return out;
  }

  private static String jsonString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The contests of one election, ordered by constituency. */
  static List<StoredContest> ofElection(Connection connection, ElectionId election)
      throws SQLException {
    List<StoredContest> contests = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_ELECTION)) {
      select.setString(1, election.value());
      try (ResultSet rows = select.executeQuery()) {
        ContestRows current = null;
        while (rows.next()) {
          if (current == null || current.rowId != rows.getLong(1)) {
            if (current != null) {
              contests.add(current.toStored(election));
            }
            current = new ContestRows(rows);
          }
          current.addCandidacy(rows);
        }
        if (current != null) {
          contests.add(current.toStored(election));
        }
      }
    }
    contests.sort(Comparator.comparing(stored -> stored.contest().constituency()));
    return contests;
  }

  /** One contest's columns and its candidacies, gathered from consecutive joined rows. */
  private static final class ContestRows {
    final long rowId;
    final ConstituencyId constituency;
    final String name;
    final String outcome;
    final @Nullable Votes nota;
    final @Nullable Long electors;
    final boolean complete;
    final int winnerSerial;
    final List<Candidate> candidates = new ArrayList<>();
    final List<@Nullable Votes> votes = new ArrayList<>();

    ContestRows(ResultSet row) throws SQLException {
      rowId = row.getLong(1);
      constituency =
          new ConstituencyId(
              Codes.house(row.getString(2)),
              new StateCode(row.getString(3)),
              row.getInt(4),
              new Delimitation(row.getInt(5)));
      name = row.getString(6);
      outcome = row.getString(7);
      nota = VoteColumns.read(row, 8);
      electors = Sql.nullableLong(row, 13);
      complete = row.getInt(14) == 1;
      winnerSerial = row.getInt(15);
    }

    void addCandidacy(ResultSet row) throws SQLException {
      int serial = row.getInt(16);
      if (row.wasNull()) {
        return;
      }
      candidates.add(new Candidate(serial, row.getString(17), new PartyId(row.getString(18))));
      votes.add(VoteColumns.read(row, 19));
    }

    StoredContest toStored(ElectionId election) {
      return new StoredContest(rowId, new Contest(election, constituency, name, toOutcome()));
    }

    private Outcome toOutcome() {
      return switch (outcome) {
        case Codes.POLLED -> {
          List<CandidateResult> results = new ArrayList<>(candidates.size());
          for (int i = 0; i < candidates.size(); i++) {
            Votes cast = votes.get(i);
            if (cast == null) {
              throw new IllegalStateException(
                  "the archive holds a candidate without votes in the poll at " + constituency);
            }
            results.add(new CandidateResult(candidates.get(i), cast));
          }
          yield new Polled(results, nota, electors, complete, winnerSerial);
        }
        case Codes.UNCONTESTED -> {
          if (candidates.size() != 1) {
            throw new IllegalStateException(
                "the archive holds "
                    + candidates.size()
                    + " candidates returned unopposed at "
                    + constituency);
          }
          yield new Uncontested(candidates.get(0));
        }
        case Codes.WINNERS_ONLY -> new WinnersOnly(candidates);
        default -> throw Codes.corrupt("outcome", outcome);
      };
    }
  }
}
