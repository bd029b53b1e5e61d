package org.janadesh.core.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.janadesh.core.counting.CountingUpdate.CountReported;
import org.janadesh.core.counting.CountingUpdate.CountingAdjourned;
import org.janadesh.core.counting.CountingUpdate.CountingResumed;
import org.janadesh.core.counting.CountingUpdate.PollCountermanded;
import org.janadesh.core.counting.CountingUpdate.PostalCounted;
import org.janadesh.core.counting.CountingUpdate.ResultDeclared;
import org.janadesh.core.counting.CountingUpdate.RoundCounted;
import org.janadesh.core.counting.CountingUpdate.UncontestedReturn;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.rules.Verdict;

/**
 * The counting checks of docs/rules/counting.md (CNT-1 to CNT-11), applied to one submission
 * against one seat before anything is written. Every rejection names the rules it breaks.
 */
public final class CountingRules {
  private CountingRules() {}

  /** Accepts, rejects or recognises as already decided {@code s} for {@code seat}. */
  public static Decision decide(SeatCount seat, Submission s) {
    Optional<CountingEvent> sameKey = seat.byKey(s.key());
    if (sameKey.isPresent()) {
      return new Decision.Duplicate(s, sameKey.get()); // CNT-8
    }
    Effective now = seat.effective();
    Check check = new Check(seat.nominees(), now);
    switch (s.update()) {
      case RoundCounted r -> {
        Optional<CountingEvent> same = check.round(r, seat);
        if (same.isPresent()) {
          return new Decision.Duplicate(s, same.get()); // CNT-4: identical round is a no-op
        }
      }
      case PostalCounted p -> check.postal(p);
      case CountReported c -> check.report(c);
      case ResultDeclared d -> check.declaration(d);
      case CountingUpdate.Correction c -> check.correction(c, seat);
      case CountingAdjourned a -> check.adjournment();
      case CountingResumed r -> check.resumption();
      case PollCountermanded p -> check.countermand();
      case UncontestedReturn u -> check.uncontested(u);
    }
    return check.broken.isEmpty()
        ? new Decision.Accepted(s)
        : new Decision.Rejected(s, check.broken);
  }

  /** The rules broken so far by one submission. */
  private static final class Check {
    private final List<Candidate> nominees;
    private final Effective now;
    final List<Verdict> broken = new ArrayList<>();

    Check(List<Candidate> nominees, Effective now) {
      this.nominees = nominees;
      this.now = now;
    }

    void breach(String rule, String evidence) {
      broken.add(new Verdict(rule, false, evidence));
    }

    Optional<CountingEvent> round(RoundCounted r, SeatCount seat) {
      closedSeat("an EVM round");
      notMixed("round " + r.round(), true);
      if (now.adjourned()) {
        breach("CNT-10", "round " + r.round() + " reported while counting stands adjourned");
      }
      afterDeclaration("round " + r.round());
      roundRange(r);
      if (!now.rounds().isEmpty() && r.rounds() != now.roundsPlanned()) {
        breach(
            "CNT-3",
            "round "
                + r.round()
                + " says "
                + r.rounds()
                + " rounds; earlier rounds said "
                + now.roundsPlanned());
      }
      nominated(r.evm(), "round " + r.round());
      Tally total = r.total();
      if (total != null) {
        nominated(total, "round " + r.round() + " totals");
      }
      RoundCounted earlier = now.rounds().get(r.round());
      if (earlier != null) {
        if (earlier.equals(r)) {
          return seat.log().stream()
              .filter(e -> e.update() instanceof RoundCounted o && o.round() == r.round())
              .findFirst();
        }
        breach(
            "CNT-4",
            "round " + r.round() + " was already counted with other numbers; send a correction");
        return Optional.empty();
      }
      RoundCounted before = now.rounds().below(r.round());
      if (before != null) {
        before
            .evm()
            .firstFallIn(r.evm())
            .ifPresent(
                f ->
                    breach(
                        "CNT-2",
                        "round "
                            + r.round()
                            + " after round "
                            + before.round()
                            + ": "
                            + f
                            + " without a correction"));
      }
      RoundCounted after = now.rounds().above(r.round());
      if (after != null) {
        r.evm()
            .firstFallIn(after.evm())
            .ifPresent(
                f ->
                    breach(
                        "CNT-2",
                        "round "
                            + after.round()
                            + " already counted is below"
                            + " round "
                            + r.round()
                            + ": "
                            + f));
      }
      sums(r);
      return Optional.empty();
    }

    private void roundRange(RoundCounted r) {
      if (r.rounds() < 1 || r.round() < 1 || r.round() > r.rounds()) {
        breach(
            "CNT-3", "round " + r.round() + " of " + r.rounds() + " is outside 1.." + r.rounds());
      }
    }

    /** CNT-1: EVM + postal = total, candidate by candidate and for NOTA. */
    private void sums(RoundCounted r) {
      Tally total = r.total();
      if (total == null) {
        return;
      }
      Tally expected = r.evm().plus(now.postalTally());
      TreeSet<Integer> serials = new TreeSet<>(total.candidates().keySet());
      serials.addAll(expected.candidates().keySet());
      for (int serial : serials) {
        if (expected.votes(serial) != total.votes(serial)) {
          breach(
              "CNT-1",
              "round "
                  + r.round()
                  + ", serial "
                  + serial
                  + ": EVM "
                  + r.evm().votes(serial)
                  + " + postal "
                  + now.postalTally().votes(serial)
                  + " = "
                  + expected.votes(serial)
                  + ", but the total given is "
                  + total.votes(serial));
          return;
        }
      }
      if (expected.nota() != total.nota()) {
        breach(
            "CNT-1",
            "round "
                + r.round()
                + ", NOTA: EVM + postal = "
                + expected.nota()
                + ", but the total given is "
                + total.nota());
      }
    }

    void postal(PostalCounted p) {
      closedSeat("a postal count");
      notMixed("a postal count", true);
      if (now.adjourned()) {
        breach("CNT-10", "postal count reported while counting stands adjourned");
      }
      afterDeclaration("a postal count");
      nominated(p.postal(), "postal count");
      now.postalTally()
          .firstFallIn(p.postal())
          .ifPresent(f -> breach("CNT-2", "postal count: " + f + " without a correction"));
    }

    /**
     * A count published without round numbers: CNT-10 and CNT-5 as for a round, CNT-6 for both
     * tallies, CNT-2 against the latest report (EVM and postal each), CNT-11 against rounds. No
     * total is carried, so CNT-1 has nothing to check.
     */
    void report(CountReported c) {
      closedSeat("a count");
      notMixed("a count without rounds", false);
      if (now.adjourned()) {
        breach("CNT-10", "a count reported while counting stands adjourned");
      }
      afterDeclaration("a count");
      nominated(c.evm(), "reported EVM count");
      nominated(c.postal(), "reported postal count");
      CountReported before = now.reported();
      if (before != null) {
        before
            .evm()
            .firstFallIn(c.evm())
            .ifPresent(f -> breach("CNT-2", "reported EVM count: " + f + " without a correction"));
        before
            .postal()
            .firstFallIn(c.postal())
            .ifPresent(
                f -> breach("CNT-2", "reported postal count: " + f + " without a correction"));
      }
    }

    /**
     * CNT-11: a seat is counted by rounds (with postal counts) or by reports without round numbers,
     * never both, so its standing always comes from one kind of count.
     */
    private void notMixed(String what, boolean byRounds) {
      if (byRounds && now.reported() != null) {
        breach("CNT-11", what + " for a seat whose counts come without round numbers");
      } else if (!byRounds && now.countedByRounds()) {
        breach("CNT-11", what + " for a seat counted by rounds");
      }
    }

    void declaration(ResultDeclared d) {
      closedSeat("a declaration");
      if (now.declared() != null) {
        breach("CNT-5", "the result is already declared; send a correction to change it");
      }
      leaderCheck(d);
    }

    private void leaderCheck(ResultDeclared d) {
      if (Effective.nominee(nominees, d.winnerSerial()).isEmpty()) {
        breach("CNT-6", "declared winner serial " + d.winnerSerial() + " is not nominated");
        return;
      }
      if (d.recount()) {
        return;
      }
      Standing standing = now.standing(nominees);
      long winner = standing.votesOf(d.winnerSerial());
      long best = standing.places().isEmpty() ? 0 : standing.places().get(0).votes();
      boolean tied = standing.places().stream().filter(p -> p.votes() == best).count() > 1;
      if (winner < best || best == 0) {
        breach(
            "CNT-7",
            "declared winner serial "
                + d.winnerSerial()
                + " has "
                + winner
                + " votes counted; the leader has "
                + best
                + " and no recount is recorded");
      } else if (tied && !d.drawOfLots()) {
        breach(
            "CNT-7",
            "declared winner serial "
                + d.winnerSerial()
                + " is tied at "
                + best
                + " votes and no draw of lots is recorded (RES-4)");
      }
    }

    void correction(CountingUpdate.Correction c, SeatCount seat) {
      Optional<CountingEvent> target =
          switch (c.target()) {
            case CountingUpdate.Target.BySequence s -> seat.bySequence(s.sequence());
            case CountingUpdate.Target.ByKey k -> seat.byKey(k.key());
          };
      if (target.isEmpty()) {
        breach("CNT-9", "the correction names " + c.target() + ", no accepted event of this seat");
        return;
      }
      CountingUpdate original = target.get().update();
      if (original instanceof CountingUpdate.Correction) {
        breach("CNT-9", "a correction names the original event, not another correction");
        return;
      }
      if (!original.kind().equals(c.corrected().kind())) {
        breach(
            "CNT-9",
            "a " + original.kind() + " cannot be corrected into a " + c.corrected().kind());
        return;
      }
      switch (c.corrected()) {
        case RoundCounted r -> {
          if (original instanceof RoundCounted o && o.round() != r.round()) {
            breach("CNT-9", "the correction turns round " + o.round() + " into round " + r.round());
          }
          roundRange(r);
          nominated(r.evm(), "corrected round " + r.round());
          sums(r);
        }
        case PostalCounted p -> nominated(p.postal(), "corrected postal count");
        case CountReported r -> {
          nominated(r.evm(), "corrected EVM count");
          nominated(r.postal(), "corrected postal count");
        }
        case ResultDeclared d -> leaderCheck(d);
        case UncontestedReturn u -> uncontestedCandidate(u);
        case CountingAdjourned a -> {}
        case CountingResumed r -> {}
        case PollCountermanded p -> {}
        case CountingUpdate.Correction nested ->
            throw new IllegalStateException("a correction never carries a correction");
      }
    }

    void adjournment() {
      closedSeat("an adjournment");
      afterDeclaration("an adjournment");
      if (!now.started()) {
        breach("CNT-10", "counting cannot be adjourned before it starts");
      } else if (now.adjourned()) {
        breach("CNT-10", "counting already stands adjourned");
      }
    }

    void resumption() {
      closedSeat("a resumption");
      if (!now.adjourned()) {
        breach("CNT-10", "counting resumes only after an adjournment");
      }
    }

    void countermand() {
      closedSeat("a countermand");
      if (now.started() || now.declared() != null) {
        breach("CNT-10", "a poll is countermanded only before counting starts");
      }
    }

    void uncontested(UncontestedReturn u) {
      closedSeat("an uncontested return");
      if (now.started() || now.declared() != null) {
        breach("CNT-10", "an uncontested return comes only where nothing was counted");
      }
      uncontestedCandidate(u);
    }

    private void uncontestedCandidate(UncontestedReturn u) {
      if (Effective.nominee(nominees, u.serial()).isEmpty()) {
        breach("CNT-6", "serial " + u.serial() + " returned unopposed is not nominated");
      }
    }

    /** CNT-10: a countermanded or uncontested seat takes nothing more but corrections. */
    private void closedSeat(String what) {
      if (now.countermanded() != null) {
        breach("CNT-10", what + " for a seat whose poll is countermanded");
      }
      if (now.uncontested() != null) {
        breach("CNT-10", what + " for a seat returned unopposed");
      }
    }

    /** CNT-5: after the declaration only a correction changes the count. */
    private void afterDeclaration(String what) {
      if (now.declared() != null) {
        breach("CNT-5", what + " after the result was declared; send a correction");
      }
    }

    /** CNT-6: only candidates nominated in this constituency. */
    private void nominated(Tally tally, String where) {
      for (int serial : tally.candidates().keySet()) {
        if (Effective.nominee(nominees, serial).isEmpty()) {
          breach(
              "CNT-6", where + " has votes for serial " + serial + ", who is not nominated here");
          return;
        }
      }
    }
  }
}
