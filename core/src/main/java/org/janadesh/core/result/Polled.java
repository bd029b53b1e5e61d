package org.janadesh.core.result;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A contest that went to the poll. {@code nota} is null where the source has no NOTA row (before
 * 2013, or a source that dropped it); {@code electors} is null where unknown. {@code complete} is
 * false when the source lists only some candidates (the Ballygunge 2022 by-election: top four from
 * news reports), so shares of the total cannot be computed (RES-2). {@code winnerSerial} is the
 * candidate the source declares elected: the most votes, or on a tie the one the returning
 * officer's lot chose (RES-4). NOTA never wins (RES-1).
 */
public record Polled(
    List<CandidateResult> candidates,
    @Nullable Votes nota,
    @Nullable Long electors,
    boolean complete,
    int winnerSerial)
    implements Outcome {
  public Polled {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a polled contest needs candidates");
    }
    long serials = candidates.stream().mapToInt(c -> c.candidate().serial()).distinct().count();
    if (serials != candidates.size()) {
      throw new IllegalArgumentException("two candidates share a ballot serial");
    }
    CandidateResult winner =
        candidates.stream()
            .filter(c -> c.candidate().serial() == winnerSerial)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "winner serial " + winnerSerial + " not a candidate"));
    long most = candidates.stream().mapToLong(CandidateResult::total).max().orElseThrow();
    if (winner.total() < most) {
      throw new IllegalArgumentException(
          "RES-4: declared winner "
              + winner.candidate().name()
              + " has "
              + winner.total()
              + " votes, fewer than the "
              + most
              + " of another candidate");
    }
  }

  public CandidateResult winner() {
    return candidates.stream()
        .filter(c -> c.candidate().serial() == winnerSerial)
        .findFirst()
        .orElseThrow();
  }

  @Override
  public List<Candidate> winners() {
    return List.of(winner().candidate());
  }

  /** Candidates by votes, most first; the declared winner first on a tie. */
  public List<CandidateResult> ranked() {
    return candidates.stream()
        .sorted(
            Comparator.comparingLong(CandidateResult::total)
                .reversed()
                .thenComparing(c -> c.candidate().serial() != winnerSerial)
                .thenComparingInt(c -> c.candidate().serial()))
        .toList();
  }

  /** The candidate placed second, if there was one. */
  public Optional<CandidateResult> runnerUp() {
    List<CandidateResult> ranked = ranked();
    return ranked.size() < 2 ? Optional.empty() : Optional.of(ranked.get(1));
  }

  /** Winner's votes minus the runner-up's; empty with a single candidate. */
  public OptionalLong margin() {
    return runnerUp()
        .map(r -> OptionalLong.of(winner().total() - r.total()))
        .orElse(OptionalLong.empty());
  }

  /** Votes for all candidates, without NOTA. */
  public long candidateVotes() {
    return candidates.stream().mapToLong(CandidateResult::total).sum();
  }

  /** Votes for all candidates plus NOTA: the base of every vote share. */
  public long totalVotes() {
    return candidateVotes() + (nota == null ? 0 : nota.total());
  }
}
