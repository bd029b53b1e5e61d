package org.janadesh.core.counting;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;

/**
 * One constituency's count: its nominated candidates, the events accepted for it (in sequence
 * order, corrections included, nothing deleted) and the status they fold to.
 *
 * <p>A value like a record (equality over the four components), but a class so that it can keep the
 * log read with its corrections ({@link Effective}) beside it: the fold then moves that on by the
 * one new event instead of re-reading the whole log on every event, and only a {@link
 * CountingUpdate.Correction} (which can change any earlier event) re-reads it. A property test
 * checks that the two always agree.
 */
public final class SeatCount {
  private final ConstituencyId constituency;
  private final List<Candidate> nominees;
  private final List<CountingEvent> log;
  private final SeatStatus status;
  private final Effective effective;

  /**
   * A seat with {@code log} already folded to {@code status}; the log is read once here to know
   * what it says with its corrections.
   */
  public SeatCount(
      ConstituencyId constituency,
      List<Candidate> nominees,
      List<CountingEvent> log,
      SeatStatus status) {
    this(
        Objects.requireNonNull(constituency),
        List.copyOf(nominees),
        List.copyOf(log),
        Objects.requireNonNull(status),
        Effective.of(log));
  }

  private SeatCount(
      ConstituencyId constituency,
      List<Candidate> nominees,
      List<CountingEvent> log,
      SeatStatus status,
      Effective effective) {
    this.constituency = constituency;
    this.nominees = nominees;
    this.log = log;
    this.status = status;
    this.effective = effective;
  }

  /** A seat where nothing has been counted. */
  public static SeatCount notStarted(ConstituencyId constituency, List<Candidate> nominees) {
    return new SeatCount(
        constituency,
        List.copyOf(nominees),
        List.of(),
        new SeatStatus.NotStarted(),
        Effective.NONE);
  }

  public ConstituencyId constituency() {
    return constituency;
  }

  public List<Candidate> nominees() {
    return nominees;
  }

  public List<CountingEvent> log() {
    return log;
  }

  public SeatStatus status() {
    return status;
  }

  /**
   * The fold: this seat after {@code event}. The event must already be accepted (validation is
   * {@link CountingRules}); its sequence must be above every earlier one.
   */
  public SeatCount evolve(CountingEvent event) {
    if (!event.submission().constituency().equals(constituency)) {
      throw new IllegalArgumentException(
          "event for " + event.submission().constituency() + " folded into " + constituency);
    }
    if (!log.isEmpty() && event.sequence() <= log.get(log.size() - 1).sequence()) {
      throw new IllegalArgumentException(
          "event " + event.sequence() + " after " + log.get(log.size() - 1).sequence());
    }
    CountingEvent[] array = log.toArray(new CountingEvent[log.size() + 1]);
    array[log.size()] = event;
    List<CountingEvent> next = Collections.unmodifiableList(Arrays.asList(array));
    // A correction may change any earlier event's content: read the whole log again. Anything
    // else lands after everything the log says, so it moves the reading on by itself.
    Effective after =
        event.update() instanceof CountingUpdate.Correction
            ? Effective.of(next)
            : effective.then(event.update());
    return new SeatCount(constituency, nominees, next, after.status(nominees), after);
  }

  /** The accepted event that arrived with {@code key}, if any (CNT-8). */
  public Optional<CountingEvent> byKey(String key) {
    // Every submission is looked up here (CNT-8), and keys share long prefixes
    // (eci2024:ls/S24/54@2008:…): a String's hash is cached, so comparing it first skips most of
    // the character-by-character comparisons.
    int hash = key.hashCode();
    for (CountingEvent e : log) {
      if (e.key().hashCode() == hash && e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The accepted event with log number {@code sequence}, if it belongs to this seat. */
  public Optional<CountingEvent> bySequence(long sequence) {
    return log.stream().filter(e -> e.sequence() == sequence).findFirst();
  }

  Effective effective() {
    return effective;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeatCount other
        && constituency.equals(other.constituency)
        && nominees.equals(other.nominees)
        && log.equals(other.log)
        && status.equals(other.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(constituency, nominees, log, status);
  }

  @Override
  public String toString() {
    return "SeatCount[constituency="
        + constituency
        + ", nominees="
        + nominees
        + ", log="
        + log
        + ", status="
        + status
        + "]";
  }
}
