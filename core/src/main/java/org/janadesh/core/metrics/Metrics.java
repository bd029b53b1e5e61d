package org.janadesh.core.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.IntToLongFunction;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.core.result.WinnersOnly;
import org.jspecify.annotations.Nullable;

/**
 * Computes a contest's measures from its votes only (docs/rules/metrics.md). Percentages are of all
 * votes polled for candidates and NOTA (RES-2), to two decimals rounded half up (MET-0).
 */
public final class Metrics {
  private Metrics() {}

  public static ContestMetrics of(Contest contest) {
    return switch (contest.outcome()) {
      case Polled p -> polled(p);
      case Uncontested u ->
          // MET-6: one candidate; no poll, so no votes, shares, margin or turnout (RES-3).
          ContestMetrics.nothingKnown(
              OptionalInt.of(1),
              List.of(
                  new CandidateMetrics(
                      u.returned(),
                      OptionalLong.empty(),
                      Optional.empty(),
                      OptionalLong.empty(),
                      Optional.empty(),
                      Optional.of(Deposits.returnedUnopposed(u)))));
      // Only the winners are on record (1952, 1957): nothing can be computed.
      case WinnersOnly w -> ContestMetrics.nothingKnown(OptionalInt.empty(), List.of());
    };
  }

  private static ContestMetrics polled(Polled p) {
    boolean complete = p.complete();
    long total = p.totalVotes();
    List<CandidateResult> ranked = p.ranked();
    Votes nota = p.nota();
    long[] leads = leadsOverNext(ranked, nota, complete);
    List<CandidateMetrics> lines = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      CandidateResult c = ranked.get(i);
      OptionalLong lead = lead(leads, i);
      lines.add(
          new CandidateMetrics(
              c.candidate(),
              OptionalLong.of(c.total()),
              share(c.total(), total, complete),
              lead,
              percentOf(lead, total, complete),
              Deposits.verdict(p, c, DepositBase.CANDIDATES)));
    }
    Optional<NotaMetrics> notaMetrics = Optional.empty();
    if (nota != null) {
      OptionalLong lead = lead(leads, ranked.size());
      notaMetrics =
          Optional.of(
              new NotaMetrics(
                  nota.total(),
                  share(nota.total(), total, complete),
                  lead,
                  percentOf(lead, total, complete)));
    }
    OptionalLong margin = p.margin(); // MET-1: known wherever the top two are on record
    Long electors = p.electors();
    return new ContestMetrics(
        margin,
        percentOf(margin, total, complete), // MET-2
        complete ? OptionalLong.of(total) : OptionalLong.empty(),
        complete && electors != null ? Percent.of(total, electors) : Optional.empty(), // MET-4
        notaMetrics,
        complete ? OptionalInt.of(ranked.size()) : OptionalInt.empty(), // MET-6
        complete ? enop(ranked, nota) : Optional.empty(),
        lines);
  }

  private static OptionalLong lead(long[] leads, int index) {
    return index < leads.length && leads[index] >= 0
        ? OptionalLong.of(leads[index])
        : OptionalLong.empty();
  }

  /**
   * MET-8: each place's votes minus those of the place next below, candidates in ranked order and
   * NOTA as one more place (after candidates with as many votes). Indexed like {@code ranked}, with
   * NOTA last; -1 where unknown: the last place leads nobody, and a partial record does not say who
   * is below.
   */
  private static long[] leadsOverNext(
      List<CandidateResult> ranked, @Nullable Votes nota, boolean complete) {
    int places = ranked.size() + (nota == null ? 0 : 1);
    long[] leads = new long[places];
    Arrays.fill(leads, -1);
    if (!complete) {
      return leads;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < places; i++) {
      order.add(i);
    }
    IntToLongFunction votesAt =
        i -> i < ranked.size() ? ranked.get(i).total() : Objects.requireNonNull(nota).total();
    // Stable sort: ranked order among candidates is kept; NOTA, last in the list, stays after ties.
    order.sort((a, b) -> Long.compare(votesAt.applyAsLong(b), votesAt.applyAsLong(a)));
    for (int k = 0; k + 1 < order.size(); k++) {
      leads[order.get(k)] =
          votesAt.applyAsLong(order.get(k)) - votesAt.applyAsLong(order.get(k + 1));
    }
    return leads;
  }

  /**
   * MET-3, MET-5: a share of all votes polled, NOTA included (RES-2); partial records have none.
   */
  private static Optional<BigDecimal> share(long votes, long total, boolean complete) {
    return complete ? Percent.of(votes, total) : Optional.empty();
  }

  private static Optional<BigDecimal> percentOf(OptionalLong votes, long total, boolean complete) {
    return complete && votes.isPresent() ? Percent.of(votes.getAsLong(), total) : Optional.empty();
  }

  /**
   * MET-7, ENOP (Laakso–Taagepera): 1 / Σ p² over every place, NOTA included, p the exact share of
   * all votes polled; computed as (Σv)² / Σv² to keep it exact, then two decimals half up.
   */
  private static Optional<BigDecimal> enop(List<CandidateResult> ranked, @Nullable Votes nota) {
    long total = 0;
    long squares = 0;
    List<Long> votes = new ArrayList<>();
    ranked.forEach(c -> votes.add(c.total()));
    if (nota != null) {
      votes.add(nota.total());
    }
    for (long v : votes) {
      total = Math.addExact(total, v);
      squares = Math.addExact(squares, Math.multiplyExact(v, v));
    }
    if (squares == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BigDecimal(BigInteger.valueOf(total).pow(2))
            .divide(BigDecimal.valueOf(squares), Percent.SCALE, RoundingMode.HALF_UP));
  }
}
