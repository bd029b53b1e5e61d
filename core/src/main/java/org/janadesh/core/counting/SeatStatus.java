package org.janadesh.core.counting;

import java.util.Optional;
import java.util.OptionalInt;
import org.janadesh.core.result.Candidate;

/** A constituency's counting status: the fold of its events. */
public sealed interface SeatStatus {
  /** No count reported yet. */
  record NotStarted() implements SeatStatus {}

  /**
   * Counting: {@code roundsCounted} of {@code rounds} EVM rounds (both 0 while only postal ballots
   * are counted, then {@code postalOnly}), and whether counting stands adjourned. Both are empty
   * where the counts come without round numbers ({@link CountingUpdate.CountReported}): the source
   * never said, so nothing is invented.
   */
  record Counting(
      Standing standing,
      OptionalInt roundsCounted,
      OptionalInt rounds,
      boolean postalOnly,
      boolean adjourned)
      implements SeatStatus {
    public Optional<Place> leader() {
      return standing.leader();
    }

    public Optional<Place> runnerUp() {
      return standing.runnerUp();
    }

    public long margin() {
      return standing.margin();
    }
  }

  /**
   * The returning officer has declared {@code winner}; {@code margin} is the winner's votes minus
   * the best other candidate's (zero after a draw of lots); {@code roundsCounted} is empty where
   * the counts came without round numbers.
   */
  record Declared(
      Candidate winner,
      Standing standing,
      long margin,
      OptionalInt roundsCounted,
      boolean recount,
      boolean drawOfLots)
      implements SeatStatus {}

  /** The poll was countermanded: no result on this counting day. */
  record Countermanded(String reason) implements SeatStatus {}

  /** Returned unopposed: a seat won with no poll (RES-3). */
  record ReturnedUncontested(Candidate returned) implements SeatStatus {}
}
