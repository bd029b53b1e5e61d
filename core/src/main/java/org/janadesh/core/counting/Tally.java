package org.janadesh.core.counting;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cumulative votes per candidate (by ballot serial) and for NOTA. NOTA is kept apart because it is
 * not a candidate and never leads (RES-1). Serials are kept in ballot order so every walk over a
 * tally is the same from run to run.
 */
public record Tally(Map<Integer, Long> candidates, long nota) {
  public Tally {
    TreeMap<Integer, Long> sorted = new TreeMap<>(candidates);
    sorted.forEach(
        (serial, votes) -> {
          if (serial < 1) {
            throw new IllegalArgumentException("candidate serial must be 1 or more: " + serial);
          }
          if (votes < 0) {
            throw new IllegalArgumentException("negative votes for serial " + serial);
          }
        });
    if (nota < 0) {
      throw new IllegalArgumentException("negative NOTA votes: " + nota);
    }
    candidates = Collections.unmodifiableMap(sorted);
  }

  private static final Tally NONE = new Tally(Map.of(), 0);

  /** Nothing counted yet. */
  public static Tally none() {
    return NONE;
  }

  public static Tally of(Map<Integer, Long> candidates, long nota) {
    return new Tally(candidates, nota);
  }

  /** Votes of one candidate; zero where the candidate has none on record yet. */
  public long votes(int serial) {
    return candidates.getOrDefault(serial, 0L);
  }

  /** Votes of all candidates, without NOTA. */
  public long candidateVotes() {
    return candidates.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Votes of all candidates and NOTA. */
  public long total() {
    return candidateVotes() + nota;
  }

  /** This tally and {@code other} added serial by serial (EVM plus postal). */
  public Tally plus(Tally other) {
    TreeMap<Integer, Long> sum = new TreeMap<>(candidates);
    other.candidates.forEach((serial, votes) -> sum.merge(serial, votes, Long::sum));
    return new Tally(sum, nota + other.nota);
  }

  /**
   * The first place where {@code later} has fewer votes than this tally, in words, or empty when
   * nothing fell (CNT-2).
   */
  public Optional<String> firstFallIn(Tally later) {
    for (Map.Entry<Integer, Long> e : candidates.entrySet()) {
      long after = later.votes(e.getKey());
      if (after < e.getValue()) {
        return Optional.of("serial " + e.getKey() + " falls from " + e.getValue() + " to " + after);
      }
    }
    if (later.nota < nota) {
      return Optional.of("NOTA falls from " + nota + " to " + later.nota);
    }
    return Optional.empty();
  }
}
