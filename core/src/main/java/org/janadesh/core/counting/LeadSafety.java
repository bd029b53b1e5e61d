package org.janadesh.core.counting;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Lead safety while counting (LS-1 to LS-3, docs/rules/counting.md). The method: estimate the votes
 * still to count, then ask what share of the remaining leader-plus-trailer votes the runner-up
 * would need to overtake, against the share the runner-up has had so far. The gap between the two
 * is the swing the rest of the count would have to bring.
 */
public final class LeadSafety {
  /** LS-2: the swing score that counts as beyond reach once enough is counted. */
  public static final double SAFE_SCORE = 0.35;

  /** LS-2: the share of EVM rounds that must be counted before a lead is called safe on a swing. */
  public static final double SAFE_AFTER = 0.25;

  /** LS-3: the swing score that makes a lead likely to hold. */
  public static final double LIKELY_SCORE = 0.15;

  private LeadSafety() {}

  /**
   * Assesses a counting seat. {@code expectedVotes} is the caller's estimate of all votes the seat
   * will count (electors × expected turnout) where known; it is used only before the first EVM
   * round, when there is no per-round pace to go on (LS-1).
   */
  public static Safety assess(SeatStatus.Counting c, OptionalLong expectedVotes) {
    Optional<Place> leader = c.leader();
    Optional<Place> trailer = c.runnerUp();
    if (leader.isEmpty()) {
      return new Safety(
          SafetyClass.CONTESTED,
          0,
          OptionalLong.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          "no one leads yet");
    }
    long margin = c.margin();
    if (trailer.isEmpty()) {
      return new Safety(
          SafetyClass.SAFE,
          margin,
          OptionalLong.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          "no other candidate");
    }
    OptionalLong remaining = remaining(c, expectedVotes);
    if (remaining.isEmpty()) {
      return new Safety(
          SafetyClass.CONTESTED,
          margin,
          remaining,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          c.rounds().isEmpty()
              ? "counts come without round numbers and no expected turnout sizes the rest"
              : "only postal ballots counted and no expected turnout to size the rest");
    }
    long left = remaining.getAsLong();
    long l = leader.get().votes();
    long t = trailer.get().votes();
    double soFar = l + t == 0 ? 0.5 : (double) t / (l + t);
    if (margin > left) {
      return new Safety(
          SafetyClass.SAFE,
          margin,
          remaining,
          OptionalDouble.empty(),
          OptionalDouble.of(soFar),
          String.format(Locale.ROOT, "LS-1: margin %d exceeds the %d votes left", margin, left));
    }
    long counted = c.standing().counted().total();
    double others = counted == 0 ? 0 : (double) (counted - l - t) / counted;
    double twoWayLeft = left * (1 - others);
    // The trailer overtakes when it wins the remaining two-way votes by more than the margin.
    double needs = twoWayLeft <= 0 ? 1.0 : Math.min(1.0, 0.5 + (margin + 1) / (2 * twoWayLeft));
    double gap = needs - soFar;
    // Without round numbers there is no share of rounds counted, so LS-2's SAFE never applies.
    int k = c.roundsCounted().orElse(0);
    int n = c.rounds().orElse(0);
    double done = n == 0 ? 0 : (double) k / n;
    double score = score(gap, k, n);
    SafetyClass verdict;
    if (done >= SAFE_AFTER && score >= SAFE_SCORE) {
      verdict = SafetyClass.SAFE;
    } else if (score >= LIKELY_SCORE) {
      verdict = SafetyClass.LIKELY;
    } else {
      verdict = SafetyClass.CONTESTED;
    }
    String evidence =
        String.format(
            Locale.ROOT,
            "LS-2: about %d votes left; the trailer needs %.1f%% of the two-way remainder, has had"
                + " %.1f%% (swing %.1f points, score %.2f, %s)",
            left,
            100 * needs,
            100 * soFar,
            100 * gap,
            score,
            c.rounds().isEmpty() ? "rounds unknown" : k + " of " + n + " rounds counted");
    return new Safety(
        verdict, margin, remaining, OptionalDouble.of(needs), OptionalDouble.of(soFar), evidence);
  }

  /**
   * LS-2: the swing needed, in units of how far the remaining rounds' share can stray from the
   * counted rounds' share: a mean over k rounds against a mean over the m rounds left differs with
   * a spread proportional to sqrt(1/k + 1/m). Before any EVM round there is no such spread to go on
   * and the bare swing is used.
   */
  public static double score(double gap, int counted, int rounds) {
    if (counted < 1 || rounds < counted) {
      return gap;
    }
    int left = Math.max(1, rounds - counted);
    return gap / Math.sqrt(1.0 / counted + 1.0 / left);
  }

  /**
   * LS-1: votes still to count: rounds left × mean EVM votes per round so far; before the first EVM
   * round, or where counts come without round numbers, the expected total less what is counted;
   * otherwise unknown.
   */
  static OptionalLong remaining(SeatStatus.Counting c, OptionalLong expectedVotes) {
    int k = c.roundsCounted().orElse(0);
    int n = c.rounds().orElse(0);
    if (k >= 1 && n >= k) {
      long evm = c.standing().evm().total();
      return OptionalLong.of((long) Math.ceil((double) (n - k) * evm / k));
    }
    if (expectedVotes.isPresent()) {
      long counted = c.standing().counted().total();
      return OptionalLong.of(Math.max(0, expectedVotes.getAsLong() - counted));
    }
    return OptionalLong.empty();
  }
}
