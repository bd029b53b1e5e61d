package org.janadesh.cli.counting.feed;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import org.janadesh.cli.render.Numbers;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Sends a stream of submissions to a counting desk in order and collects the answers. Up to {@link
 * #WINDOW} submissions are in flight, so the desk's group commit can take many per transaction;
 * answers are taken in the order sent (the desk answers in that order), and each is reported only
 * once it is durable. Sending the same stream again is harmless: every key already decided is a
 * duplicate and writes nothing (CNT-8), so a feed cut off at any point is resumed by sending it
 * again from the start.
 */
public final class Feeder {
  /** Submissions sent but not yet answered, at most. */
  static final int WINDOW = 2_000;

  private static final long PROGRESS_EVERY = 2_000;

  private final CountingDesk desk;
  private final Pace pace;
  private final @Nullable PrintWriter acks;
  private final PrintWriter progress;
  private final LongSupplier nanos;
  private final long startNanos;
  private final Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
  private final SortedMap<String, Long> byRule = new TreeMap<>();
  private long sent;
  private long accepted;
  private long duplicates;
  private long quarantined;
  private long badLines;
  private long lastSequence;

  /**
   * @param acks where to print one line per acknowledgement, flushed at once, or null
   * @param progress where progress and bad lines go (stderr)
   */
  public Feeder(
      CountingDesk desk,
      Pace pace,
      @Nullable PrintWriter acks,
      PrintWriter progress,
      LongSupplier nanos) {
    this.desk = desk;
    this.pace = pace;
    this.acks = acks;
    this.progress = progress;
    this.nanos = nanos;
    this.startNanos = nanos.getAsLong();
    this.lastSequence = desk.current().sequence();
  }

  /** Sends {@code s} when the pace says it is due. */
  public void send(Submission s) {
    if (!pace.isMax()) {
      answerDone();
      try {
        pace.await(s.published());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the replay was interrupted", e);
      }
    }
    inFlight.addLast(desk.submit(s));
    sent++;
    while (inFlight.size() >= WINDOW) {
      answer(inFlight.removeFirst());
    }
    answerDone();
  }

  /** A line that could not be read: reported with its place and reason, not sent. */
  void reject(Rejection r) {
    badLines++;
    progress.println("janadesh: bad line, not sent: " + r);
    progress.flush();
  }

  /** Waits for every answer and sums up. */
  public FeedSummary finish() {
    while (!inFlight.isEmpty()) {
      answer(inFlight.removeFirst());
    }
    return new FeedSummary(
        desk.session(),
        sent,
        accepted,
        duplicates,
        quarantined,
        byRule,
        badLines,
        lastSequence,
        Duration.ofNanos(nanos.getAsLong() - startNanos));
  }

  private void answerDone() {
    while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
      answer(inFlight.removeFirst());
    }
  }

  private void answer(CompletableFuture<Outcome> pending) {
    Outcome outcome;
    try {
      outcome = pending.join();
    } catch (CompletionException e) {
      throw new IllegalStateException(
          "the counting desk of "
              + desk.session().id()
              + " failed after sequence "
              + lastSequence
              + "; nothing unacknowledged was kept, run the same command again to resume: "
              + e.getCause(),
          e);
    }
    String kind =
        switch (outcome) {
          case Outcome.Accepted a -> {
            accepted++;
            yield "accepted";
          }
          case Outcome.Rejected r -> {
            quarantined++;
            FeedSummary.countRules(byRule, r.rules());
            yield "quarantined";
          }
          case Outcome.Duplicate d -> {
            duplicates++;
            yield "duplicate";
          }
        };
    long sequence = outcome.entry().sequence();
    lastSequence = Math.max(lastSequence, sequence);
    PrintWriter ackOut = acks;
    if (ackOut != null) {
      ackOut.println(
          "ack\t"
              + sequence
              + "\t"
              + kind
              + "\t"
              + outcome.entry().submission().constituency()
              + "\t"
              + outcome.entry().submission().key());
      ackOut.flush();
    }
    long answered = accepted + duplicates + quarantined;
    if (answered % PROGRESS_EVERY == 0) {
      progress.println(
          desk.session().id()
              + ": "
              + Numbers.grouped(answered)
              + " answered, last sequence "
              + Numbers.grouped(lastSequence));
      progress.flush();
    }
  }
}
