package org.janadesh.core.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.janadesh.core.result.Candidate;

/**
 * Every lead change of one seat, in log order: "when did Faizabad's lead change hands?". The seat's
 * accepted events are folded one by one exactly as the live count folds them (corrections
 * included), so a lead a later correction removed still shows at the time it was on the screen.
 */
public final class LeadChanges {
  private LeadChanges() {}

  public static List<LeadChange> of(SeatCount seat) {
    List<LeadChange> changes = new ArrayList<>();
    Optional<Candidate> leading = Optional.empty();
    boolean declared = false;
    for (int i = 1; i <= seat.log().size(); i++) {
      List<CountingEvent> prefix = seat.log().subList(0, i);
      SeatStatus status = Effective.of(prefix).status(seat.nominees());
      Optional<Candidate> now = leaderOf(status);
      boolean nowDeclared =
          status instanceof SeatStatus.Declared || status instanceof SeatStatus.ReturnedUncontested;
      if (!sameCandidate(now, leading) || nowDeclared != declared) {
        changes.add(new LeadChange(prefix.get(i - 1), now, leading, marginOf(status), nowDeclared));
      }
      leading = now;
      declared = nowDeclared;
    }
    return changes;
  }

  private static Optional<Candidate> leaderOf(SeatStatus status) {
    return switch (status) {
      case SeatStatus.NotStarted n -> Optional.empty();
      case SeatStatus.Counting c -> c.leader().map(Place::candidate);
      case SeatStatus.Declared d -> Optional.of(d.winner());
      case SeatStatus.Countermanded c -> Optional.empty();
      case SeatStatus.ReturnedUncontested r -> Optional.of(r.returned());
    };
  }

  private static long marginOf(SeatStatus status) {
    return switch (status) {
      case SeatStatus.NotStarted n -> 0;
      case SeatStatus.Counting c -> c.margin();
      case SeatStatus.Declared d -> d.margin();
      case SeatStatus.Countermanded c -> 0;
      case SeatStatus.ReturnedUncontested r -> 0;
    };
  }

  private static boolean sameCandidate(Optional<Candidate> a, Optional<Candidate> b) {
    return Objects.equals(a.map(Candidate::serial), b.map(Candidate::serial));
  }
}
