package org.janadesh.core.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.janadesh.core.metrics.ContestMetrics;
import org.janadesh.core.metrics.Metrics;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.core.result.WinnersOnly;
import org.jspecify.annotations.Nullable;

/**
 * One constituency's result as every face shows it: candidates ranked by votes with their shares,
 * the winner, the runner-up, the margin and NOTA, and the contest's measures (margin %, turnout,
 * ENOP, deposits: {@link Metrics}, docs/rules/metrics.md).
 */
public record ResultSheet(
    Contest contest,
    List<CandidateLine> lines,
    List<Candidate> winners,
    Optional<Candidate> runnerUp,
    OptionalLong margin,
    @Nullable Votes nota,
    OptionalDouble notaShare,
    OptionalLong totalVotes,
    ContestMetrics metrics) {

  /**
   * Builds the sheet of a contest; shares are percent of all votes polled, NOTA included (RES-2).
   */
  public static ResultSheet of(Contest contest) {
    return switch (contest.outcome()) {
      case Polled p -> polled(contest, p);
      case Uncontested u ->
          new ResultSheet(
              contest,
              List.of(),
              u.winners(),
              Optional.empty(),
              OptionalLong.empty(),
              null,
              OptionalDouble.empty(),
              OptionalLong.empty(),
              Metrics.of(contest));
      case WinnersOnly w ->
          new ResultSheet(
              contest,
              List.of(),
              w.winners(),
              Optional.empty(),
              OptionalLong.empty(),
              null,
              OptionalDouble.empty(),
              OptionalLong.empty(),
              Metrics.of(contest));
    };
  }

  private static ResultSheet polled(Contest contest, Polled polled) {
    long total = polled.totalVotes();
    List<CandidateLine> lines = new ArrayList<>();
    int rank = 0;
    for (CandidateResult c : polled.ranked()) {
      lines.add(
          new CandidateLine(++rank, c.candidate(), c.votes(), share(c.total(), total, polled)));
    }
    Votes nota = polled.nota();
    return new ResultSheet(
        contest,
        lines,
        polled.winners(),
        polled.runnerUp().map(CandidateResult::candidate),
        polled.margin(),
        nota,
        nota == null ? OptionalDouble.empty() : share(nota.total(), total, polled),
        polled.complete() ? OptionalLong.of(total) : OptionalLong.empty(),
        Metrics.of(contest));
  }

  private static OptionalDouble share(long votes, long total, Polled polled) {
    return polled.complete() && total > 0
        ? OptionalDouble.of(100.0 * votes / total)
        : OptionalDouble.empty();
  }
}
