package org.janadesh.core.counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.counting.CountingUpdate.Correction;
import org.janadesh.core.counting.CountingUpdate.Target;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.jspecify.annotations.Nullable;

/**
 * A counting day told as sentences: {@code day.postal(faizabad, votes(740, 720)) .round(faizabad,
 * 1, 20, votes(30_000, 31_000))}. Each update gets its own key and a receive time one minute after
 * the last; the in-memory log numbers entries from 1.
 */
final class CountingDay {
  static final Instant NINE_AM = Instant.parse("2024-06-04T03:30:00Z");

  private ElectionCount count;
  private final List<LogEntry> log = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private long sequence;
  private int minute;
  private @Nullable Submission last;

  private CountingDay(Nominations nominations) {
    this.count = ElectionCount.start(nominations);
  }

  static CountingDay of(Contest... contests) {
    return new CountingDay(Nominations.from(Fixtures.LS_2024, Arrays.asList(contests)));
  }

  /** Votes for serials 1, 2, 3… in order; no NOTA. */
  static Tally votes(long... bySerial) {
    Map<Integer, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < bySerial.length; i++) {
      m.put(i + 1, bySerial[i]);
    }
    return Tally.of(m, 0);
  }

  static Tally withNota(Tally t, long nota) {
    return Tally.of(t.candidates(), nota);
  }

  CountingDay postal(Contest seat, Tally postal) {
    return send(seat, new CountingUpdate.PostalCounted(postal));
  }

  CountingDay round(Contest seat, int k, int of, Tally evm) {
    return send(seat, new CountingUpdate.RoundCounted(k, of, evm, null));
  }

  CountingDay roundWithTotal(Contest seat, int k, int of, Tally evm, Tally total) {
    return send(seat, new CountingUpdate.RoundCounted(k, of, evm, total));
  }

  CountingDay report(Contest seat, Tally evm, Tally postal) {
    return send(seat, new CountingUpdate.CountReported(evm, postal));
  }

  CountingDay declare(Contest seat, int winner) {
    return send(seat, new CountingUpdate.ResultDeclared(winner, false, false));
  }

  CountingDay declareAfterRecount(Contest seat, int winner) {
    return send(seat, new CountingUpdate.ResultDeclared(winner, true, false));
  }

  CountingDay declareByLot(Contest seat, int winner) {
    return send(seat, new CountingUpdate.ResultDeclared(winner, false, true));
  }

  CountingDay correct(Contest seat, long sequence, CountingUpdate corrected) {
    return send(seat, new Correction(new Target.BySequence(sequence), corrected));
  }

  CountingDay correctByKey(Contest seat, String key, CountingUpdate corrected) {
    return send(seat, new Correction(new Target.ByKey(key), corrected));
  }

  CountingDay adjourn(Contest seat) {
    return send(seat, new CountingUpdate.CountingAdjourned("violence at the counting centre"));
  }

  CountingDay resume(Contest seat) {
    return send(seat, new CountingUpdate.CountingResumed());
  }

  CountingDay countermand(Contest seat) {
    return send(seat, new CountingUpdate.PollCountermanded("death of a candidate"));
  }

  CountingDay returnUnopposed(Contest seat, int serial) {
    return send(seat, new CountingUpdate.UncontestedReturn(serial));
  }

  CountingDay send(Contest seat, CountingUpdate update) {
    minute++;
    String key = seat.constituency() + ":" + minute;
    Instant at = NINE_AM.plusSeconds(60L * minute);
    return send(
        new Submission(seat.election(), seat.constituency(), at, at.plusSeconds(5), key, update));
  }

  /** Sends {@code s} as it is: resends and hand-made submissions. */
  CountingDay send(Submission s) {
    ElectionCount.Step step = count.submit(s, sequence + 1);
    count = step.count();
    step.logged()
        .ifPresent(
            e -> {
              log.add(e);
              sequence = e.sequence();
            });
    decisions.add(step.decision());
    last = s;
    return this;
  }

  CountingDay sendAgain() {
    return send(lastSubmission());
  }

  Submission lastSubmission() {
    if (last == null) {
      throw new IllegalStateException("nothing sent yet");
    }
    return last;
  }

  Decision lastDecision() {
    return decisions.get(decisions.size() - 1);
  }

  SeatCount seat(Contest seat) {
    return count.seat(seat.constituency()).orElseThrow();
  }

  SeatStatus status(Contest seat) {
    return count.seat(seat.constituency()).orElseThrow().status();
  }

  ElectionCount count() {
    return count;
  }

  List<LogEntry> log() {
    return List.copyOf(log);
  }

  long sequence() {
    return sequence;
  }
}
