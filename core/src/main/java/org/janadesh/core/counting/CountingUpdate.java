package org.janadesh.core.counting;

import org.jspecify.annotations.Nullable;

/**
 * What a counting-day event says, without its envelope. The set is closed: a new kind of update
 * must be handled by every switch over it, or the build breaks.
 */
public sealed interface CountingUpdate {
  /**
   * EVM round {@code round} of {@code rounds} is counted; {@code evm} is cumulative over rounds 1
   * to {@code round}. {@code total} is the source's EVM + postal total per candidate where it gives
   * one (the ECI results site does), checked by CNT-1.
   */
  record RoundCounted(int round, int rounds, Tally evm, @Nullable Tally total)
      implements CountingUpdate {}

  /**
   * Cumulative EVM and postal votes as a source publishes them without round numbers (the results
   * site's constituency page, scraped by the clock): no "round k of N" is known, so none is
   * invented. A seat is counted either this way or by rounds, not both (CNT-11).
   */
  record CountReported(Tally evm, Tally postal) implements CountingUpdate {}

  /** Postal ballots counted so far, cumulative; counted first, sometimes updated later. */
  record PostalCounted(Tally postal) implements CountingUpdate {}

  /**
   * The returning officer declares {@code winnerSerial} elected; {@code recount} and {@code
   * drawOfLots} record why a winner who is not the sole leader may stand (CNT-7, RES-4).
   */
  record ResultDeclared(int winnerSerial, boolean recount, boolean drawOfLots)
      implements CountingUpdate {}

  /**
   * Replaces the content of an earlier accepted event; the earlier event stays in the log (nothing
   * is deleted). {@code corrected} is of the same kind as the target and is never itself a
   * correction (CNT-9).
   */
  record Correction(Target target, CountingUpdate corrected) implements CountingUpdate {
    public Correction {
      if (corrected instanceof Correction) {
        throw new IllegalArgumentException("CNT-9: a correction carries content, not a correction");
      }
    }
  }

  /** Counting stops for now (law and order, a machine fault, the night). */
  record CountingAdjourned(String reason) implements CountingUpdate {}

  /** Counting goes on after an adjournment. */
  record CountingResumed() implements CountingUpdate {}

  /** The poll is countermanded: no result today; a fresh poll follows later. */
  record PollCountermanded(String reason) implements CountingUpdate {}

  /** Candidate {@code serial} is returned unopposed: a seat won without a poll (RES-3). */
  record UncontestedReturn(int serial) implements CountingUpdate {}

  /** How a correction names the event it supersedes. */
  sealed interface Target {
    /** By the sequence number the log gave the event. */
    record BySequence(long sequence) implements Target {}

    /** By the idempotency key the event arrived with. */
    record ByKey(String key) implements Target {}
  }

  /** A short name for messages: {@code RoundCounted}, {@code Correction}… */
  default String kind() {
    return getClass().getSimpleName();
  }
}
