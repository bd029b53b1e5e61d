package org.janadesh.core.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;

/**
 * One constituency's count: its nominated candidates, the events accepted for it (in sequence
 * order, corrections included, nothing deleted) and the status they fold to.
 */
public record SeatCount(
    ConstituencyId constituency,
    List<Candidate> nominees,
    List<CountingEvent> log,
    SeatStatus status) {
  public SeatCount {
    nominees = List.copyOf(nominees);
    log = List.copyOf(log);
  }

  /** A seat where nothing has been counted. */
  public static SeatCount notStarted(ConstituencyId constituency, List<Candidate> nominees) {
    return new SeatCount(constituency, nominees, List.of(), new SeatStatus.NotStarted());
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
    List<CountingEvent> next = new ArrayList<>(log.size() + 1);
    next.addAll(log);
    next.add(event);
    return new SeatCount(constituency, nominees, next, Effective.of(next).status(nominees));
  }

  /** The accepted event that arrived with {@code key}, if any (CNT-8). */
  public Optional<CountingEvent> byKey(String key) {
    return log.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The accepted event with log number {@code sequence}, if it belongs to this seat. */
  public Optional<CountingEvent> bySequence(long sequence) {
    return log.stream().filter(e -> e.sequence() == sequence).findFirst();
  }

  Effective effective() {
    return Effective.of(log);
  }
}
