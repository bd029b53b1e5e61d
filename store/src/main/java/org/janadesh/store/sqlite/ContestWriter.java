package org.janadesh.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.core.result.WinnersOnly;
import org.jspecify.annotations.Nullable;

/** Writes the core's contests as rows of {@code contest} and {@code candidacy}. */
final class ContestWriter {
  private static final String INSERT_CONTEST =
      """
      INSERT INTO contest (id, election_id, house, state_code, number, delimitation, name,
                           outcome, nota_kind, nota_evm, nota_postal, nota_other, nota_total,
                           electors, complete, winner_serial, written_by)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
      """;

  // The key (?2 to ?6) stays: a contest in another constituency is another contest.
  private static final String UPDATE_CONTEST =
      """
      UPDATE contest
         SET name = ?7, outcome = ?8, nota_kind = ?9, nota_evm = ?10, nota_postal = ?11,
             nota_other = ?12, nota_total = ?13, electors = ?14, complete = ?15,
             winner_serial = ?16, written_by = ?17
       WHERE id = ?1 AND election_id = ?2 AND house = ?3 AND state_code = ?4 AND number = ?5
         AND delimitation = ?6
      """;

  private static final String INSERT_CANDIDACY =
      """
      INSERT INTO candidacy (contest_id, serial, position, name, party_id,
                             votes_kind, evm_votes, postal_votes, other_votes, total_votes)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private ContestWriter() {}

  /**
   * Writes new and changed contests. A changed contest keeps its row and loses its candidacies;
   * then every contest written gets its candidacies anew. Each statement runs as one JDBC batch, in
   * an order the foreign keys and the candidacy key allow.
   */
  static void write(
      Connection connection,
      List<StoredContest> inserts,
      List<StoredContest> replacements,
      long importBatch)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_CONTEST);
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM candidacy WHERE contest_id = ?");
        PreparedStatement insert = connection.prepareStatement(INSERT_CONTEST);
        PreparedStatement candidacies = connection.prepareStatement(INSERT_CANDIDACY)) {
      for (StoredContest replacement : replacements) {
        bindContest(update, replacement, importBatch);
        update.addBatch();
        delete.setLong(1, replacement.rowId());
        delete.addBatch();
      }
      for (int updated : update.executeBatch()) {
        if (updated != 1) {
          throw new IllegalStateException("a contest to replace was not where the save found it");
        }
      }
      delete.executeBatch();
      for (StoredContest contest : inserts) {
        bindContest(insert, contest, importBatch);
        insert.addBatch();
      }
      insert.executeBatch();
      for (StoredContest contest : replacements) {
        addCandidacies(candidacies, contest);
      }
      for (StoredContest contest : inserts) {
        addCandidacies(candidacies, contest);
      }
      candidacies.executeBatch();
    }
  }

  private static void bindContest(PreparedStatement statement, StoredContest stored, long batch)
      throws SQLException {
    Contest contest = stored.contest();
    ConstituencyId constituency = contest.constituency();
    statement.setLong(1, stored.rowId());
    statement.setString(2, contest.election().value());
    statement.setString(3, Codes.house(constituency.house()));
    statement.setString(4, constituency.state().value());
    statement.setInt(5, constituency.number());
    statement.setInt(6, constituency.delimitation().year());
    statement.setString(7, contest.name());
    statement.setString(8, Codes.outcome(contest.outcome()));
    if (contest.outcome() instanceof Polled polled) {
      VoteColumns.bind(statement, 9, polled.nota());
      Sql.setNullableLong(statement, 14, polled.electors());
      statement.setInt(15, polled.complete() ? 1 : 0);
      statement.setInt(16, polled.winnerSerial());
    } else {
      VoteColumns.bind(statement, 9, null);
      statement.setNull(14, Types.BIGINT);
      statement.setNull(15, Types.INTEGER);
      statement.setNull(16, Types.INTEGER);
    }
    statement.setLong(17, batch);
  }

  private static void addCandidacies(PreparedStatement insert, StoredContest stored)
      throws SQLException {
    int position = 0;
    for (Candidacy candidacy : candidacies(stored.contest())) {
      Candidate candidate = candidacy.candidate();
      insert.setLong(1, stored.rowId());
      insert.setInt(2, candidate.serial());
      insert.setInt(3, position++);
      insert.setString(4, candidate.name());
      insert.setString(5, candidate.party().value());
      VoteColumns.bind(insert, 6, candidacy.votes());
      insert.addBatch();
    }
  }

  /** A contest's candidates in the order given, with votes where the outcome has them. */
  private static List<Candidacy> candidacies(Contest contest) {
    return switch (contest.outcome()) {
      case Polled polled -> polled.candidates().stream().map(Candidacy::of).toList();
      case Uncontested uncontested -> List.of(new Candidacy(uncontested.returned(), null));
      case WinnersOnly winnersOnly ->
          winnersOnly.winners().stream().map(winner -> new Candidacy(winner, null)).toList();
    };
  }

  private record Candidacy(Candidate candidate, @Nullable Votes votes) {
    static Candidacy of(CandidateResult result) {
      return new Candidacy(result.candidate(), result.votes());
    }
  }
}
