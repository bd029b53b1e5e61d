package org.janadesh.store.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.core.result.WinnersOnly;
import org.jspecify.annotations.Nullable;

/**
 * Builds a contest for a test: candidates in the order given, then {@link #polled()}, {@link
 * #uncontested()} or {@link #winnersOnly()}. A poll is complete, without NOTA or electors, and won
 * by the candidate with the most votes unless told otherwise.
 */
public final class ContestBuilder {
  private final ElectionId election;
  private final ConstituencyId constituency;
  private final String name;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<@Nullable Votes> votes = new ArrayList<>();
  private @Nullable Votes nota;
  private @Nullable Long electors;
  private boolean complete = true;
  private @Nullable Integer winner;

  private ContestBuilder(ElectionId election, ConstituencyId constituency, String name) {
    this.election = election;
    this.constituency = constituency;
    this.name = name;
  }

  public static ContestBuilder contest(
      ElectionId election, ConstituencyId constituency, String name) {
    return new ContestBuilder(election, constituency, name);
  }

  /** A candidate with votes, for a poll. */
  public ContestBuilder candidate(int serial, String name, String party, Votes votes) {
    candidates.add(new Candidate(serial, name, PartyId.of(party)));
    this.votes.add(votes);
    return this;
  }

  /** A candidate without votes, for an uncontested return or a winners-only record. */
  public ContestBuilder candidate(int serial, String name, String party) {
    candidates.add(new Candidate(serial, name, PartyId.of(party)));
    votes.add(null);
    return this;
  }

  public ContestBuilder nota(@Nullable Votes nota) {
    this.nota = nota;
    return this;
  }

  public ContestBuilder electors(@Nullable Long electors) {
    this.electors = electors;
    return this;
  }

  /** The source lists only some of the candidates. */
  public ContestBuilder incomplete() {
    this.complete = false;
    return this;
  }

  /** The candidate declared elected, for a tie decided by lot. */
  public ContestBuilder winner(int serial) {
    this.winner = serial;
    return this;
  }

  public Contest polled() {
    List<CandidateResult> results = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Votes cast = votes.get(i);
      if (cast == null) {
        throw new IllegalStateException("candidate " + candidates.get(i) + " has no votes");
      }
      results.add(new CandidateResult(candidates.get(i), cast));
    }
    int winnerSerial =
        winner != null
            ? winner
            : results.stream()
                .max(Comparator.comparingLong(CandidateResult::total))
                .orElseThrow()
                .candidate()
                .serial();
    return new Contest(
        election, constituency, name, new Polled(results, nota, electors, complete, winnerSerial));
  }

  public Contest uncontested() {
    if (candidates.size() != 1) {
      throw new IllegalStateException("an uncontested return has one candidate");
    }
    return new Contest(election, constituency, name, new Uncontested(candidates.get(0)));
  }

  public Contest winnersOnly() {
    return new Contest(election, constituency, name, new WinnersOnly(candidates));
  }
}
