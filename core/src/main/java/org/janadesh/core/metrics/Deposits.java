package org.janadesh.core.metrics;

import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Polled;
import org.janadesh.core.rules.Verdict;

/**
 * Deposit forfeiture (DEP-1, docs/rules/metrics.md): a candidate who is not elected forfeits the
 * deposit unless the candidate's valid votes exceed one-sixth of the valid votes polled by all the
 * candidates. NOTA votes are not votes polled by a candidate, so they are left out of that total.
 */
public final class Deposits {
  private Deposits() {}

  /** Whether {@code candidate} of {@code contest} forfeits the deposit; met means forfeited. */
  public static Verdict forfeited(Polled contest, CandidateResult candidate) {
    if (candidate.candidate().serial() == contest.winnerSerial()) {
      return new Verdict("DEP-1", false, "elected: a winner never forfeits");
    }
    long valid = contest.candidateVotes();
    // Integer comparison: votes > valid / 6 exactly when 6 × votes > valid, with no rounding.
    boolean kept = 6 * candidate.total() > valid;
    return new Verdict(
        "DEP-1",
        !kept,
        String.format(
            "%,d votes %s 1/6 of %,d valid votes for candidates",
            candidate.total(), kept ? ">" : "≤", valid));
  }
}
