package org.janadesh.core.metrics;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.jspecify.annotations.Nullable;

/** Hand-made polls for the metrics tests: candidates by votes, serials in the order given. */
final class Polls {
  private final List<CandidateResult> candidates = new ArrayList<>();
  private @Nullable Votes nota;
  private @Nullable Long electors;
  private boolean complete = true;
  private int winner = 1;

  static Polls poll() {
    return new Polls();
  }

  Polls candidate(String name, long votes) {
    int serial = candidates.size() + 1;
    candidates.add(
        new CandidateResult(
            new Candidate(serial, name, PartyId.INDEPENDENT), new Votes.TotalOnly(votes)));
    return this;
  }

  Polls nota(long votes) {
    this.nota = new Votes.TotalOnly(votes);
    return this;
  }

  Polls electors(long electors) {
    this.electors = electors;
    return this;
  }

  Polls partial() {
    this.complete = false;
    return this;
  }

  Polls winner(int serial) {
    this.winner = serial;
    return this;
  }

  Polled polled() {
    return new Polled(candidates, nota, electors, complete, winner);
  }

  Contest contest() {
    return new Contest(Fixtures.LS_2024, Fixtures.pc(Fixtures.UP, 1), "TEST", polled());
  }

  CandidateResult serial(int serial) {
    return candidates.stream()
        .filter(c -> c.candidate().serial() == serial)
        .findFirst()
        .orElseThrow();
  }
}
