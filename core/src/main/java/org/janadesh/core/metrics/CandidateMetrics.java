package org.janadesh.core.metrics;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.rules.Verdict;

/**
 * One candidate's measures: vote share (MET-3), lead over the next place and its percent (MET-8),
 * and the deposit verdict (DEP-1..5). Each is empty where the record cannot give it.
 */
public record CandidateMetrics(
    Candidate candidate,
    OptionalLong votes,
    Optional<BigDecimal> share,
    OptionalLong leadOverNext,
    Optional<BigDecimal> leadOverNextPercent,
    Optional<Verdict> deposit) {

  /** Whether the deposit is known to be forfeited; false when kept or unknown. */
  public boolean depositForfeited() {
    return deposit.map(Verdict::met).orElse(false);
  }
}
