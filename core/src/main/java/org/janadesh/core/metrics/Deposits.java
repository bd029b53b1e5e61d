package org.janadesh.core.metrics;

import java.util.Optional;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.rules.Verdict;

/**
 * Deposit forfeiture (docs/rules/metrics.md): a candidate who is not elected forfeits the deposit
 * unless the candidate's valid votes exceed one-sixth of the valid votes polled by all the
 * candidates (DEP-1). NOTA votes are not votes polled by a candidate, so they are left out of that
 * total (DEP-2). A winner never forfeits (DEP-3), including one chosen by lot on a tie (DEP-4); an
 * uncontested return keeps the deposit, since no poll was taken (DEP-5).
 */
public final class Deposits {
  private Deposits() {}

  /**
   * Whether {@code candidate} of {@code contest} forfeits the deposit under the law (DEP-1); met
   * means forfeited. The record must list every candidate unless {@code candidate} is the winner:
   * on a partial record (top candidates from news reports) the total is unknown, so asking is a
   * bug; use {@link #verdict} where the record may be partial.
   *
   * @throws IllegalArgumentException for a losing candidate of a partial record
   */
  public static Verdict forfeited(Polled contest, CandidateResult candidate) {
    return verdict(contest, candidate, DepositBase.CANDIDATES)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "DEP-1: the record lists only some candidates, so whether "
                        + candidate.candidate().name()
                        + " forfeited the deposit is unknown"));
  }

  /**
   * The deposit verdict on the given base; met means forfeited. Empty for a losing candidate of a
   * partial record, whose total is unknown: never guessed.
   */
  public static Optional<Verdict> verdict(
      Polled contest, CandidateResult candidate, DepositBase base) {
    if (candidate.candidate().serial() == contest.winnerSerial()) {
      boolean tie = contest.runnerUp().map(r -> r.total() == candidate.total()).orElse(false);
      return Optional.of(
          tie
              ? new Verdict("DEP-4", false, "elected on a tie, by lot (RES-4): never forfeits")
              : new Verdict("DEP-3", false, "elected: a winner never forfeits"));
    }
    if (!contest.complete()) {
      return Optional.empty();
    }
    long total = base.total(contest);
    // Exact: votes exceed one-sixth of the total exactly when 6 × votes > total.
    boolean kept = Math.multiplyExact(6L, candidate.total()) > total;
    return Optional.of(
        new Verdict(
            base.ruleId(),
            !kept,
            String.format(
                "%,d votes %s 1/6 of %,d %s",
                candidate.total(),
                kept ? ">" : "≤",
                total,
                base == DepositBase.CANDIDATES
                    ? "valid votes polled by the candidates, NOTA left out (DEP-2)"
                    : "votes including NOTA (TCPD's base)")));
  }

  /** The returned candidate of an uncontested election keeps the deposit: no poll (DEP-5). */
  public static Verdict returnedUnopposed(Uncontested contest) {
    Candidate returned = contest.returned();
    return new Verdict(
        "DEP-5", false, returned.name() + " returned unopposed: no poll, the deposit is returned");
  }
}
