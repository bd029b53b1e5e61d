package org.janadesh.core.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.rules.Verdict;

/**
 * The count of one election: every nominated seat's {@link SeatCount}, the quarantine, and the last
 * log sequence folded in. Immutable: {@link #apply} returns the next state, so a state is also a
 * snapshot.
 *
 * <p>The store's loop is: {@link #decide} → append the accepted event (or the quarantined
 * submission) durably, which gives it a sequence → {@link #apply} the {@link LogEntry}. Replay from
 * the log is {@link #apply} alone, in sequence order.
 */
public record ElectionCount(
    Nominations nominations, List<SeatCount> seats, List<Quarantined> quarantine, long sequence) {
  public ElectionCount {
    seats = SeatList.of(seats); // no copy when it is already one: the fold replaces one seat

    quarantine = List.copyOf(quarantine);
    if (seats.size() != nominations.constituencies().size()) {
      throw new IllegalArgumentException("one seat count per nominated constituency");
    }
  }

  /** Counting day before the first event: every seat not started. */
  public static ElectionCount start(Nominations nominations) {
    List<SeatCount> seats =
        nominations.constituencies().stream()
            .map(c -> SeatCount.notStarted(c, nominations.candidates(c).orElseThrow()))
            .toList();
    return new ElectionCount(nominations, seats, List.of(), 0);
  }

  /** Decides {@code s} against this state; writes nothing (CNT-1 to CNT-10). */
  public Decision decide(Submission s) {
    if (!s.election().equals(nominations.election())) {
      return reject(
          s, "the update is for " + s.election() + "; this count is " + nominations.election());
    }
    Optional<SeatCount> seat = seat(s.constituency());
    if (seat.isEmpty()) {
      return reject(s, s.constituency() + " has no nominations in " + nominations.election());
    }
    for (Quarantined q : quarantine) {
      if (q.submission().constituency().equals(s.constituency())
          && q.submission().key().equals(s.key())) {
        return new Decision.Duplicate(s, q); // CNT-8: the original answer, a rejection
      }
    }
    return CountingRules.decide(seat.get(), s);
  }

  private static Decision reject(Submission s, String evidence) {
    return new Decision.Rejected(s, List.of(new Verdict("CNT-6", false, evidence)));
  }

  /**
   * The fold: this state after {@code entry} from the log. An accepted event changes its seat; a
   * quarantined one only joins the quarantine. Sequences must rise.
   */
  public ElectionCount apply(LogEntry entry) {
    if (entry.sequence() <= sequence) {
      throw new IllegalArgumentException(
          "log entry " + entry.sequence() + " does not follow " + sequence);
    }
    return switch (entry) {
      case CountingEvent e -> {
        int i = nominations.indexOf(e.submission().constituency());
        if (i < 0 || !e.submission().election().equals(nominations.election())) {
          throw new IllegalArgumentException(
              "accepted event " + e.sequence() + " is not for a seat of this count");
        }
        SeatList all = SeatList.of(seats);
        yield new ElectionCount(
            nominations, all.with(i, all.get(i).evolve(e)), quarantine, e.sequence());
      }
      case Quarantined q -> {
        List<Quarantined> next = new ArrayList<>(quarantine);
        next.add(q);
        yield new ElectionCount(nominations, seats, next, q.sequence());
      }
    };
  }

  /**
   * Decides and, unless it is a duplicate, logs {@code s} as entry {@code sequence} in memory: the
   * whole loop for replays and tests that keep the log in a list.
   */
  public Step submit(Submission s, long sequence) {
    Decision d = decide(s);
    return switch (d) {
      case Decision.Accepted a -> step(d, s.at(sequence));
      case Decision.Rejected r -> step(d, new Quarantined(sequence, s, r.broken()));
      case Decision.Duplicate dup -> new Step(this, d, Optional.empty());
    };
  }

  private Step step(Decision d, LogEntry entry) {
    return new Step(apply(entry), d, Optional.of(entry));
  }

  /** The count of one constituency, if nominated. */
  public Optional<SeatCount> seat(ConstituencyId constituency) {
    int i = nominations.indexOf(constituency);
    return i < 0 ? Optional.empty() : Optional.of(seats.get(i));
  }

  /** The state after one submission, its decision and the log entry written, if any. */
  public record Step(ElectionCount count, Decision decision, Optional<LogEntry> logged) {}
}
