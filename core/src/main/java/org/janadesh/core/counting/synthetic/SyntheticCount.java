package org.janadesh.core.counting.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic counting day for one contest, made from its final result: the postal count, then N
 * cumulative EVM rounds that end exactly at the official numbers, then the declaration. The same
 * contest and seed always give the same events. The model is in docs/rules/counting.md ("Synthetic
 * rounds"): round sizes vary, and each candidate's share of a round drifts with correlated
 * area-level noise, so an early leader can fall behind.
 */
public final class SyntheticCount {
  /**
   * Typical EVM votes per counting round in a 2024 PC (about 14 tables in each of 6–7 segments).
   */
  static final double VOTES_PER_ROUND = 50_000;

  /** Spread of the log-noise on a candidate's share of a round. */
  static final double AREA_NOISE = 0.12;

  /** Correlation of that noise from one round to the next (neighbouring polling stations). */
  static final double AREA_PERSISTENCE = 0.7;

  private static final String ALGORITHM = "L64X128MixRandom";

  private SyntheticCount() {}

  /** The counting day of {@code contest} for {@code seed}, rounds sized from its EVM votes. */
  public static List<Submission> of(Contest contest, long seed, Instant start) {
    Polled polled = polled(contest);
    RandomGenerator random = random(contest, seed);
    long evm = 0;
    for (CandidateResult c : polled.candidates()) {
      evm += byMode(c.votes(), c.candidate().serial()).evm();
    }
    int jitter = random.nextInt(5) - 2;
    int rounds = (int) Math.max(1, Math.min(40, Math.round(evm / VOTES_PER_ROUND) + jitter));
    return of(contest, seed, start, rounds, random);
  }

  /** The counting day of {@code contest} for {@code seed} with exactly {@code rounds} rounds. */
  public static List<Submission> of(Contest contest, long seed, Instant start, int rounds) {
    return of(contest, seed, start, rounds, random(contest, seed));
  }

  private static List<Submission> of(
      Contest contest, long seed, Instant start, int rounds, RandomGenerator random) {
    if (rounds < 1) {
      throw new IllegalArgumentException("a count needs at least one round: " + rounds);
    }
    Polled polled = polled(contest);
    // Final EVM and postal votes per serial; NOTA under serial 0. "Other" votes (the 2019 migrant
    // ballots) are counted by hand like postal ballots, so they ride with the postal count.
    Map<Integer, Long> evm = new LinkedHashMap<>();
    Map<Integer, Long> postal = new LinkedHashMap<>();
    for (CandidateResult c : polled.candidates()) {
      Votes.ByMode v = byMode(c.votes(), c.candidate().serial());
      evm.put(c.candidate().serial(), v.evm());
      postal.put(c.candidate().serial(), v.postal() + v.other());
    }
    Votes nota = polled.nota();
    Votes.ByMode notaVotes = nota == null ? Votes.ByMode.of(0, 0) : byMode(nota, 0);
    evm.put(0, notaVotes.evm());
    postal.put(0, notaVotes.postal() + notaVotes.other());

    double[] size = roundSizes(rounds, random);
    List<Integer> serials = List.copyOf(evm.keySet());
    double[][] cumulative = new double[serials.size()][];
    for (int i = 0; i < serials.size(); i++) {
      cumulative[i] = cumulativeShares(size, random);
    }

    String base = "syn:" + contest.constituency() + ":" + seed;
    List<Submission> day = new ArrayList<>();
    Instant published = start.plus(Duration.ofMinutes(10 + random.nextInt(20)));
    Tally postalTally = tally(postal);
    day.add(
        submission(
            contest,
            published,
            random,
            base + ":postal",
            new CountingUpdate.PostalCounted(postalTally)));
    for (int k = 1; k <= rounds; k++) {
      Map<Integer, Long> soFar = new LinkedHashMap<>();
      for (int i = 0; i < serials.size(); i++) {
        long last = evm.getOrDefault(serials.get(i), 0L);
        double share = cumulative[i][k - 1];
        soFar.put(serials.get(i), k == rounds ? last : (long) Math.floor(last * share));
      }
      Tally evmTally = tally(soFar);
      published = published.plus(Duration.ofMinutes(12 + random.nextInt(16)));
      day.add(
          submission(
              contest,
              published,
              random,
              base + ":round-" + k,
              new CountingUpdate.RoundCounted(k, rounds, evmTally, evmTally.plus(postalTally))));
    }
    boolean tie = polled.ranked().size() > 1 && polled.margin().orElse(1) == 0;
    published = published.plus(Duration.ofMinutes(20 + random.nextInt(40)));
    day.add(
        submission(
            contest,
            published,
            random,
            base + ":declared",
            new CountingUpdate.ResultDeclared(polled.winnerSerial(), false, tie)));
    return List.copyOf(day);
  }

  /** Relative round sizes: near-equal rounds of about 14 tables each, the last one part-full. */
  private static double[] roundSizes(int rounds, RandomGenerator random) {
    double[] size = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      size[r] = 0.85 + 0.3 * random.nextDouble();
    }
    if (rounds > 1) {
      size[rounds - 1] = 0.2 + 0.8 * random.nextDouble();
    }
    return size;
  }

  /**
   * One candidate's cumulative share of its final EVM votes after each round: round weights times
   * exp of an AR(1) area noise, normalised so the last round reaches exactly 1.
   */
  private static double[] cumulativeShares(double[] size, RandomGenerator random) {
    int rounds = size.length;
    double[] weight = new double[rounds];
    double z = random.nextGaussian() * AREA_NOISE;
    double fresh = Math.sqrt(1 - AREA_PERSISTENCE * AREA_PERSISTENCE);
    double sum = 0;
    for (int r = 0; r < rounds; r++) {
      if (r > 0) {
        z = AREA_PERSISTENCE * z + fresh * random.nextGaussian() * AREA_NOISE;
      }
      weight[r] = size[r] * Math.exp(z);
      sum += weight[r];
    }
    double[] cumulative = new double[rounds];
    double running = 0;
    for (int r = 0; r < rounds; r++) {
      running += weight[r];
      cumulative[r] = Math.min(1.0, running / sum);
    }
    return cumulative;
  }

  private static Tally tally(Map<Integer, Long> votes) {
    Map<Integer, Long> candidates = new LinkedHashMap<>(votes);
    Long nota = candidates.remove(0);
    return Tally.of(candidates, nota == null ? 0 : nota);
  }

  private static Submission submission(
      Contest contest, Instant published, RandomGenerator random, String key, CountingUpdate u) {
    Instant received = published.plusSeconds(1 + random.nextInt(20));
    return new Submission(contest.election(), contest.constituency(), published, received, key, u);
  }

  private static Polled polled(Contest contest) {
    if (contest.outcome() instanceof Polled p) {
      return p;
    }
    throw new IllegalArgumentException(
        contest.constituency() + " has no poll to count: " + contest.outcome().getClass());
  }

  private static Votes.ByMode byMode(@Nullable Votes votes, int serial) {
    if (votes instanceof Votes.ByMode m) {
      return m;
    }
    throw new IllegalArgumentException(
        "synthetic rounds need votes split into EVM and postal; serial " + serial + " has a total");
  }

  /** A generator fixed by the seed and the constituency, so seats of one replay differ. */
  private static RandomGenerator random(Contest contest, long seed) {
    long mixed = seed * 0x9E3779B97F4A7C15L + contest.constituency().toString().hashCode();
    return RandomGeneratorFactory.of(ALGORITHM).create(mixed);
  }
}
