package org.janadesh.core.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.janadesh.core.counting.CountingUpdate.CountReported;
import org.janadesh.core.counting.CountingUpdate.CountingAdjourned;
import org.janadesh.core.counting.CountingUpdate.CountingResumed;
import org.janadesh.core.counting.CountingUpdate.PollCountermanded;
import org.janadesh.core.counting.CountingUpdate.PostalCounted;
import org.janadesh.core.counting.CountingUpdate.ResultDeclared;
import org.janadesh.core.counting.CountingUpdate.RoundCounted;
import org.janadesh.core.counting.CountingUpdate.UncontestedReturn;
import org.janadesh.core.result.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * A seat's log read with every correction applied: each original event counts with the content of
 * its latest correction, in the original event's place in the log. {@link #of} derives it from the
 * whole log; {@link #then} moves it on by one event that is not a correction, which lands after
 * everything already read and so gives what {@link #of} would (the fold below is a left fold in log
 * order). A correction can change any earlier event, so it is always read with {@link #of}.
 */
record Effective(
    Rounds rounds,
    @Nullable PostalCounted postal,
    @Nullable CountReported reported,
    @Nullable ResultDeclared declared,
    boolean adjourned,
    @Nullable PollCountermanded countermanded,
    @Nullable UncontestedReturn uncontested) {

  /** Nothing in the log. */
  static final Effective NONE = new Effective(Rounds.NONE, null, null, null, false, null, null);

  static Effective of(List<CountingEvent> log) {
    Map<Long, CountingUpdate> content = new LinkedHashMap<>();
    Map<String, Long> sequenceByKey = new LinkedHashMap<>();
    for (CountingEvent e : log) {
      switch (e.update()) {
        case CountingUpdate.Correction c -> {
          Long target = targetOf(c.target(), sequenceByKey);
          // Accepted corrections always name an accepted event (CNT-9); replay trusts the log.
          if (target != null && content.containsKey(target)) {
            content.put(target, c.corrected());
          }
        }
        case RoundCounted r -> content.put(e.sequence(), r);
        case PostalCounted p -> content.put(e.sequence(), p);
        case CountReported c -> content.put(e.sequence(), c);
        case ResultDeclared d -> content.put(e.sequence(), d);
        case CountingAdjourned a -> content.put(e.sequence(), a);
        case CountingResumed r -> content.put(e.sequence(), r);
        case PollCountermanded p -> content.put(e.sequence(), p);
        case UncontestedReturn u -> content.put(e.sequence(), u);
      }
      sequenceByKey.put(e.key(), e.sequence());
    }
    return fold(content);
  }

  private static @Nullable Long targetOf(
      CountingUpdate.Target target, Map<String, Long> sequenceByKey) {
    return switch (target) {
      case CountingUpdate.Target.BySequence s -> s.sequence();
      case CountingUpdate.Target.ByKey k -> sequenceByKey.get(k.key());
    };
  }

  private static Effective fold(Map<Long, CountingUpdate> content) {
    Rounds rounds = Rounds.NONE;
    PostalCounted postal = null;
    CountReported reported = null;
    ResultDeclared declared = null;
    boolean adjourned = false;
    PollCountermanded countermanded = null;
    UncontestedReturn uncontested = null;
    for (CountingUpdate u : content.values()) {
      switch (u) {
        case RoundCounted r -> rounds = rounds.with(r);
        case PostalCounted p -> postal = p;
        case CountReported c -> reported = c; // the latest report in log order stands
        case ResultDeclared d -> declared = d;
        case CountingAdjourned a -> adjourned = true;
        case CountingResumed r -> adjourned = false;
        case PollCountermanded p -> countermanded = p;
        case UncontestedReturn r -> uncontested = r;
        case CountingUpdate.Correction c ->
            throw new IllegalStateException("corrections are resolved before the fold");
      }
    }
    return new Effective(rounds, postal, reported, declared, adjourned, countermanded, uncontested);
  }

  /**
   * This reading moved on by {@code u}, an update that comes after everything read so far; the same
   * step as one turn of {@link #fold}'s loop.
   */
  Effective then(CountingUpdate u) {
    return switch (u) {
      case RoundCounted r ->
          new Effective(
              rounds.with(r), postal, reported, declared, adjourned, countermanded, uncontested);
      case PostalCounted p ->
          new Effective(rounds, p, reported, declared, adjourned, countermanded, uncontested);
      case CountReported c ->
          new Effective(rounds, postal, c, declared, adjourned, countermanded, uncontested);
      case ResultDeclared d ->
          new Effective(rounds, postal, reported, d, adjourned, countermanded, uncontested);
      case CountingAdjourned a ->
          new Effective(rounds, postal, reported, declared, true, countermanded, uncontested);
      case CountingResumed r ->
          new Effective(rounds, postal, reported, declared, false, countermanded, uncontested);
      case PollCountermanded p ->
          new Effective(rounds, postal, reported, declared, adjourned, p, uncontested);
      case UncontestedReturn r ->
          new Effective(rounds, postal, reported, declared, adjourned, countermanded, r);
      case CountingUpdate.Correction c ->
          throw new IllegalArgumentException("a correction is read with the whole log (of)");
    };
  }

  /** Cumulative EVM votes to the highest round counted, or as last reported without rounds. */
  Tally evm() {
    RoundCounted last = rounds.last();
    if (last != null) {
      return last.evm();
    }
    return reported == null ? Tally.none() : reported.evm();
  }

  Tally postalTally() {
    if (postal != null) {
      return postal.postal();
    }
    return reported == null ? Tally.none() : reported.postal();
  }

  boolean started() {
    return !rounds.isEmpty() || postal != null || reported != null;
  }

  /** Whether the seat is counted by rounds (or postal counts) rather than by unnumbered reports. */
  boolean countedByRounds() {
    return !rounds.isEmpty() || postal != null;
  }

  /** N as the latest round reports it; zero before any EVM round. */
  int roundsPlanned() {
    RoundCounted last = rounds.last();
    return last == null ? 0 : last.rounds();
  }

  /** The highest round counted; zero before any. */
  int lastRound() {
    RoundCounted last = rounds.last();
    return last == null ? 0 : last.round();
  }

  Standing standing(List<Candidate> nominees) {
    return Standing.of(nominees, evm(), postalTally());
  }

  SeatStatus status(List<Candidate> nominees) {
    if (countermanded != null) {
      return new SeatStatus.Countermanded(countermanded.reason());
    }
    if (uncontested != null) {
      int serial = uncontested.serial();
      return new SeatStatus.ReturnedUncontested(nominee(nominees, serial).orElseThrow());
    }
    Standing standing = standing(nominees);
    // Counts reported without rounds know no "k of N": leave both empty rather than invent them.
    boolean unnumbered = reported != null && !countedByRounds();
    OptionalInt counted = unnumbered ? OptionalInt.empty() : OptionalInt.of(lastRound());
    if (declared != null) {
      int serial = declared.winnerSerial();
      long winnerVotes = standing.votesOf(serial);
      long best = 0;
      for (Place p : standing.places()) {
        if (p.candidate().serial() != serial) {
          best = Math.max(best, p.votes());
        }
      }
      return new SeatStatus.Declared(
          nominee(nominees, serial).orElseThrow(),
          standing,
          Math.max(0, winnerVotes - best),
          counted,
          declared.recount(),
          declared.drawOfLots());
    }
    if (started()) {
      OptionalInt planned = unnumbered ? OptionalInt.empty() : OptionalInt.of(roundsPlanned());
      return new SeatStatus.Counting(
          standing, counted, planned, rounds.isEmpty() && reported == null, adjourned);
    }
    return new SeatStatus.NotStarted();
  }

  static Optional<Candidate> nominee(List<Candidate> nominees, int serial) {
    // by index: CNT-6 looks every tallied serial up, and an iterator per look-up was the largest
    // allocation on the counting desk's decider (JFR)
    for (int i = 0, n = nominees.size(); i < n; i++) {
      Candidate c = nominees.get(i);
      if (c.serial() == serial) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
