package org.janadesh.store.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.archive.SaveReport;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.WinnersOnly;

/**
 * What a save must write, found by comparing a batch with what is stored; nothing is written while
 * it is worked out. New contests carry the row ids they will get; replaced ones keep theirs.
 */
record SavePlan(
    List<Election> electionsToInsert,
    List<Election> electionsToUpdate,
    int electionsUnchanged,
    List<StoredContest> contestsToInsert,
    List<StoredContest> contestsToReplace,
    int contestsUnchanged) {

  /** The stored contests of one election, by constituency. */
  interface StoredContests {
    Map<ConstituencyId, StoredContest> of(ElectionId election) throws SQLException;
  }

  /**
   * Compares {@code batch} with the stored elections and contests; {@code firstNewRowId} is the row
   * id the first new contest gets.
   *
   * @throws IllegalArgumentException if the batch names an election or a constituency twice, or has
   *     a contest of an election neither in it nor stored
   */
  static SavePlan compare(
      ImportBatch batch,
      Map<ElectionId, Election> storedElections,
      StoredContests storedContests,
      long firstNewRowId)
      throws SQLException {
    Set<ElectionId> batchElections = checkUnique(batch);
    List<Election> inserts = new ArrayList<>();
    List<Election> updates = new ArrayList<>();
    for (Election election : batch.elections()) {
      Election stored = storedElections.get(election.id());
      if (stored == null) {
        inserts.add(election);
      } else if (!stored.equals(election)) {
        updates.add(election);
      }
    }
    Map<ElectionId, Map<ConstituencyId, StoredContest>> stored = new HashMap<>();
    List<StoredContest> contestInserts = new ArrayList<>();
    List<StoredContest> replacements = new ArrayList<>();
    long nextRowId = firstNewRowId;
    for (Contest contest : batch.contests()) {
      ElectionId election = contest.election();
      if (!storedElections.containsKey(election) && !batchElections.contains(election)) {
        throw new IllegalArgumentException(
            "contest "
                + election
                + " "
                + contest.constituency()
                + " belongs to an election that is neither in the batch nor in the archive");
      }
      Map<ConstituencyId, StoredContest> ofElection = stored.get(election);
      if (ofElection == null) {
        ofElection = storedContests.of(election);
        stored.put(election, ofElection);
      }
      StoredContest existing = ofElection.get(contest.constituency());
      if (existing == null) {
        contestInserts.add(new StoredContest(nextRowId++, contest));
      } else if (!existing.contest().equals(contest)) {
        replacements.add(new StoredContest(existing.rowId(), contest));
      }
    }
    return new SavePlan(
        inserts,
        updates,
        batch.elections().size() - inserts.size() - updates.size(),
        contestInserts,
        replacements,
        batch.contests().size() - contestInserts.size() - replacements.size());
  }

  /**
   * The report the caller sees. {@link SaveReport} has no count for elections whose stored row
   * changed, so those are counted as added: they are a change, and {@code changedNothing()} must
   * say so. The import log keeps them apart.
   */
  SaveReport report() {
    return new SaveReport(
        electionsToInsert.size() + electionsToUpdate.size(),
        electionsUnchanged,
        contestsToInsert.size(),
        contestsToReplace.size(),
        contestsUnchanged);
  }

  /** Returns the ids of the batch's elections, having checked that none comes twice. */
  private static Set<ElectionId> checkUnique(ImportBatch batch) {
    Set<ElectionId> elections = new HashSet<>();
    for (Election election : batch.elections()) {
      if (!elections.add(election.id())) {
        throw new IllegalArgumentException(
            "batch " + batch.source() + " has election " + election.id() + " twice");
      }
    }
    Set<ContestKey> contests = new HashSet<>();
    for (Contest contest : batch.contests()) {
      if (!contests.add(new ContestKey(contest.election(), contest.constituency()))) {
        throw new IllegalArgumentException(
            "batch "
                + batch.source()
                + " has the contest of "
                + contest.election()
                + " in "
                + contest.constituency()
                + " twice");
      }
      // Polled forbids a shared serial itself; a winners-only record does not, but the store
      // keys a candidacy by its serial.
      if (contest.outcome() instanceof WinnersOnly winnersOnly) {
        Set<Integer> serials = new HashSet<>();
        for (Candidate winner : winnersOnly.winners()) {
          if (!serials.add(winner.serial())) {
            throw new IllegalArgumentException(
                "the winners-only record of "
                    + contest.election()
                    + " in "
                    + contest.constituency()
                    + " lists serial "
                    + winner.serial()
                    + " twice");
          }
        }
      }
    }
    return elections;
  }

  private record ContestKey(ElectionId election, ConstituencyId constituency) {}
}
