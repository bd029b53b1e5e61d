package org.janadesh.core.metrics;

import org.janadesh.core.result.Polled;

/**
 * Which votes make the total that a candidate's votes are held against for the deposit test.
 * Janadesh applies the law ({@link #CANDIDATES}); TCPD's Lok Dhaba puts NOTA in the total, and
 * {@link #ALL_VOTES_TCPD} reproduces that so its figures can be checked and explained.
 */
public enum DepositBase {
  /**
   * DEP-1/DEP-2: the valid votes polled by all the candidates, NOTA left out (RPA 1951 s.158(4), as
   * the ECI applies it since NOTA came in, 2013).
   */
  CANDIDATES("DEP-1"),
  /** DEP-6: TCPD's convention, candidates' votes plus NOTA. Not the law; for comparison only. */
  ALL_VOTES_TCPD("DEP-6");

  private final String ruleId;

  DepositBase(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The rule a verdict on this base cites. */
  public String ruleId() {
    return ruleId;
  }

  long total(Polled contest) {
    return switch (this) {
      case CANDIDATES -> contest.candidateVotes();
      case ALL_VOTES_TCPD -> contest.totalVotes();
    };
  }
}
