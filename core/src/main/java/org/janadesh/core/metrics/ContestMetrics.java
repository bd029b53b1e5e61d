package org.janadesh.core.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One contest's measures (docs/rules/metrics.md): margin (MET-1) and margin % (MET-2), turnout
 * (MET-4), NOTA (MET-5), the number of candidates (MET-6), ENOP (MET-7) and each candidate's line,
 * in the order of votes (the declared winner first on a tie). What the record cannot give is empty,
 * never guessed.
 */
public record ContestMetrics(
    OptionalLong margin,
    Optional<BigDecimal> marginPercent,
    OptionalLong totalVotes,
    Optional<BigDecimal> turnoutPercent,
    Optional<NotaMetrics> nota,
    OptionalInt candidateCount,
    Optional<BigDecimal> enop,
    List<CandidateMetrics> candidates) {
  public ContestMetrics {
    candidates = List.copyOf(candidates);
  }

  /** The NOTA share (MET-5), empty where there is no NOTA or the record is partial. */
  public Optional<BigDecimal> notaShare() {
    return nota.flatMap(NotaMetrics::share);
  }

  /** The line of the candidate with this ballot serial, if listed. */
  public Optional<CandidateMetrics> candidate(int serial) {
    return candidates.stream().filter(c -> c.candidate().serial() == serial).findFirst();
  }

  static ContestMetrics nothingKnown(OptionalInt candidateCount, List<CandidateMetrics> lines) {
    return new ContestMetrics(
        OptionalLong.empty(),
        Optional.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        candidateCount,
        Optional.empty(),
        lines);
  }
}
