package org.janadesh.core.counting;

import java.util.Map;
import java.util.Optional;

/**
 * Cumulative votes per candidate (by ballot serial) and for NOTA. NOTA is kept apart because it is
 * not a candidate and never leads (RES-1). Serials are kept in ballot order so every walk over a
 * tally is the same from run to run.
 *
 * <p>{@link #candidates()} is an unmodifiable map in ballot order, held as two unboxed arrays
 * ({@link SerialVotes}): tallies are added, looked up and compared on every counting-day event.
 */
public record Tally(Map<Integer, Long> candidates, long nota) {
  public Tally {
    candidates = SerialVotes.of(candidates);
    if (nota < 0) {
      throw new IllegalArgumentException("negative NOTA votes: " + nota);
    }
  }

  private static final Tally NONE = new Tally(Map.of(), 0);

  /** Nothing counted yet. */
  public static Tally none() {
    return NONE;
  }

  public static Tally of(Map<Integer, Long> candidates, long nota) {
    return new Tally(candidates, nota);
  }

  private SerialVotes serials() {
    return (SerialVotes) candidates;
  }

  /** Votes of one candidate; zero where the candidate has none on record yet. */
  public long votes(int serial) {
    return serials().votesOf(serial);
  }

  /** Votes of all candidates, without NOTA. */
  public long candidateVotes() {
    return serials().sum();
  }

  /** Votes of all candidates and NOTA. */
  public long total() {
    return candidateVotes() + nota;
  }

  /** This tally and {@code other} added serial by serial (EVM plus postal). */
  public Tally plus(Tally other) {
    if (other.nota == 0 && other.candidates.isEmpty()) {
      return this;
    }
    return new Tally(serials().plus(other.serials()), nota + other.nota);
  }

  /**
   * The first place where {@code later} has fewer votes than this tally, in words, or empty when
   * nothing fell (CNT-2).
   */
  public Optional<String> firstFallIn(Tally later) {
    SerialVotes before = serials();
    for (int i = 0; i < before.count(); i++) {
      int serial = before.serialAt(i);
      long was = before.votesAt(i);
      long after = later.votes(serial);
      if (after < was) {
        return Optional.of("serial " + serial + " falls from " + was + " to " + after);
      }
    }
    if (later.nota < nota) {
      return Optional.of("NOTA falls from " + nota + " to " + later.nota);
    }
    return Optional.empty();
  }
}
