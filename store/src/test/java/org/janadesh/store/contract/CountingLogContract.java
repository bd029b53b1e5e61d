package org.janadesh.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.store.contract.CountingFixtures.AURANGABAD_BIHAR;
import static org.janadesh.store.contract.CountingFixtures.COUNTING_DAY;
import static org.janadesh.store.contract.CountingFixtures.FAIZABAD;
import static org.janadesh.store.contract.CountingFixtures.THREE_SEATS;
import static org.janadesh.store.contract.CountingFixtures.countingDay;
import static org.janadesh.store.contract.CountingFixtures.nominations;
import static org.janadesh.store.contract.Fixtures.LS_2024;
import static org.janadesh.store.contract.Fixtures.pc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.CountingEvent;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.SeatStatus;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.counting.Timeline;
import org.janadesh.core.election.ElectionId;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.CountingLog;
import org.janadesh.store.counting.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every engine's counting log must do under {@link CountingDesk}: acknowledge only what is
 * committed, survive a reopen with the same state and the same answers, quarantine with rule ids,
 * take concurrent submitters without losing or doubling anything, and label a test count. A store's
 * test extends this class and says how to open a count's log; opening the same count again must
 * reach the same stored log.
 */
public abstract class CountingLogContract {
  /**
   * The log of {@code session} in the store under test; the same store for every call in a test.
   */
  protected abstract CountingLog openLog(CountSession session);

  protected static final CountSession REAL =
      CountSession.real(LS_2024.id(), "Counting day, 4 June 2024");
  protected static final CountSession REPLAY =
      CountSession.test(
          LS_2024.id(), "replay-2024-06-04", "Replay of the ECI results-site snapshots of 2024");

  private static final Nominations THREE = nominations(THREE_SEATS);

  private final List<CountingDesk> open = new ArrayList<>();

  @AfterEach
  void closeDesks() {
    open.forEach(CountingDesk::close);
  }

  protected final CountingDesk desk(CountSession session) {
    return desk(session, CountingDesk.Options.defaults());
  }

  protected final CountingDesk desk(CountSession session, CountingDesk.Options options) {
    CountingDesk desk = CountingDesk.open(openLog(session), THREE, options);
    open.add(desk);
    return desk;
  }

  private static Outcome answer(CountingDesk desk, Submission s) {
    return desk.submit(s).orTimeout(30, TimeUnit.SECONDS).join();
  }

  private static List<Outcome> submitAll(CountingDesk desk, List<Submission> day) {
    List<CompletableFuture<Outcome>> futures = day.stream().map(desk::submit).toList();
    return futures.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).toList();
  }

  /** Postal votes for serial 9, whom Faizabad never nominated. */
  private static Submission postalForAStranger(String key) {
    return new Submission(
        LS_2024.id(),
        FAIZABAD.constituency(),
        COUNTING_DAY,
        COUNTING_DAY.plusSeconds(5),
        key,
        new CountingUpdate.PostalCounted(Tally.of(Map.of(1, 10L, 9, 5L), 0)));
  }

  @Test
  void aWholeCountingDayIsAcceptedInOrderAndDeclaresEverySeat() {
    CountingDesk desk = desk(REAL);
    List<Submission> day = countingDay(THREE_SEATS, 7, 20);

    List<Outcome> outcomes = submitAll(desk, day);

    assertThat(outcomes).allMatch(o -> o instanceof Outcome.Accepted);
    assertThat(outcomes.stream().map(o -> o.entry().sequence()).toList())
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, day.size()).boxed().toList());
    assertThat(desk.current().value().seats())
        .allMatch(seat -> seat.status() instanceof SeatStatus.Declared);
    assertThat(desk.current().sequence()).isEqualTo(day.size());
  }

  @Test
  void aReopenedLogGivesTheSameStateAndTheSameEntries() {
    CountingDesk first = desk(REAL);
    List<Outcome> outcomes = submitAll(first, countingDay(THREE_SEATS, 11, 12));
    answer(first, postalForAStranger("bad-1"));
    ElectionCount before = first.current().value();
    List<LogEntry> entries = first.since(0, Integer.MAX_VALUE).value();
    first.close();

    CountingDesk second = desk(REAL);

    assertThat(second.current().value()).isEqualTo(before);
    assertThat(second.since(0, Integer.MAX_VALUE).value()).isEqualTo(entries);
    assertThat(entries).hasSize(outcomes.size() + 1);
  }

  @Test
  void theSameKeyAfterReopeningIsAnsweredWithTheOriginalAcceptanceAndNothingIsWritten() {
    List<Submission> day = countingDay(List.of(AURANGABAD_BIHAR), 3, 5);
    CountingDesk first = desk(REAL);
    Outcome original = submitAll(first, day).get(2);
    first.close();

    CountingDesk second = desk(REAL);
    Outcome again = answer(second, day.get(2));

    assertThat(again).isInstanceOf(Outcome.Duplicate.class); // CNT-8
    assertThat(again.entry()).isEqualTo(original.entry());
    assertThat(second.current().sequence()).isEqualTo(day.size());
  }

  @Test
  void cnt8TheSameKeyAfterReopeningIsAnsweredWithTheOriginalRejectionEvenIfItWouldNowPass() {
    CountingDesk first = desk(REAL);
    Outcome rejected = answer(first, postalForAStranger("faizabad-postal"));
    first.close();

    CountingDesk second = desk(REAL);
    Submission valid =
        new Submission(
            LS_2024.id(),
            FAIZABAD.constituency(),
            COUNTING_DAY,
            COUNTING_DAY.plusSeconds(9),
            "faizabad-postal",
            new CountingUpdate.PostalCounted(Tally.of(Map.of(1, 10L), 0)));
    Outcome again = answer(second, valid);

    assertThat(again).isInstanceOf(Outcome.Duplicate.class);
    assertThat(again.entry()).isEqualTo(rejected.entry());
    assertThat(second.current().value().quarantine()).hasSize(1);
  }

  @Test
  void cnt6ARejectedUpdateIsQuarantinedWithItsRuleIdsAndChangesNoSeatAcrossAReopen() {
    CountingDesk first = desk(REAL);
    ElectionCount before = first.current().value();

    Outcome outcome = answer(first, postalForAStranger("stranger"));

    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) outcome).rules()).containsExactly("CNT-6");
    assertThat(first.current().value().seats()).isEqualTo(before.seats());
    first.close();

    CountingDesk second = desk(REAL);
    assertThat(second.quarantine().value())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.sequence()).isEqualTo(1);
              assertThat(q.broken()).extracting(v -> v.ruleId()).containsExactly("CNT-6");
              assertThat(q.broken().get(0).evidence()).contains("serial 9");
              assertThat(q.submission().key()).isEqualTo("stranger");
            });
    assertThat(second.current().value().seats()).isEqualTo(before.seats());
  }

  @Test
  void cnt6AnUpdateForAConstituencyOutsideTheCountIsQuarantinedOnceAndItsResendAnsweredTheSame() {
    CountingDesk desk = desk(REAL);
    Submission elsewhere =
        new Submission(
            LS_2024.id(),
            pc("S25", 23),
            COUNTING_DAY,
            COUNTING_DAY,
            "jadavpur-postal",
            new CountingUpdate.PostalCounted(Tally.of(Map.of(1, 10L), 0)));

    Outcome first = answer(desk, elsewhere);
    Outcome resend = answer(desk, elsewhere);

    assertThat(first).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) first).rules()).containsExactly("CNT-6");
    assertThat(resend).isInstanceOf(Outcome.Duplicate.class);
    assertThat(resend.entry()).isEqualTo(first.entry());
    assertThat(desk.since(0, 10).value()).hasSize(1);
  }

  @Test
  void concurrentSubmittersAreAllAnsweredWithEveryEntryLoggedOnceInRisingSequence()
      throws Exception {
    CountingDesk desk = desk(REAL);
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    int submitted = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(THREE_SEATS.size() * 2)) {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      // Two submitters per seat, each sending the whole day: every key arrives twice, at once.
      for (var contest : THREE_SEATS) {
        List<Submission> day = countingDay(List.of(contest), 5, 25);
        submitted += 2 * day.size();
        for (int copy = 0; copy < 2; copy++) {
          done.add(
              pool.submit(
                  () -> {
                    List<CompletableFuture<Outcome>> futures = new ArrayList<>();
                    for (Submission s : day) {
                      futures.add(desk.submit(s));
                    }
                    futures.forEach(f -> outcomes.add(f.orTimeout(30, TimeUnit.SECONDS).join()));
                  }));
        }
      }
      for (var f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    }

    assertThat(outcomes).hasSize(submitted);
    List<Long> written =
        outcomes.stream()
            .filter(o -> !(o instanceof Outcome.Duplicate))
            .map(o -> o.entry().sequence())
            .sorted()
            .toList();
    assertThat(written)
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, submitted / 2).boxed().toList());
    assertThat(outcomes.stream().filter(o -> o instanceof Outcome.Duplicate))
        .hasSize(submitted / 2);
    assertThat(outcomes).allMatch(o -> o.entry() instanceof CountingEvent);
    assertThat(desk.current().value().seats())
        .allMatch(seat -> seat.status() instanceof SeatStatus.Declared);
    List<LogEntry> log = desk.since(0, Integer.MAX_VALUE).value();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).sequence()).isEqualTo(i + 1);
      assertThat(keys.add(log.get(i).submission().constituency() + log.get(i).submission().key()))
          .isTrue();
    }
  }

  @Test
  void aTestCountIsLabelledOnEveryAnswerAndReadAndLeavesTheRealCountAlone() {
    CountingDesk real = desk(REAL);
    CountingDesk replay = desk(REPLAY);
    List<Submission> day = countingDay(List.of(FAIZABAD), 2, 4);

    List<Outcome> outcomes = submitAll(replay, day);

    assertThat(outcomes).allMatch(o -> o.count().isTest());
    assertThat(replay.current().count().isTest()).isTrue();
    assertThat(replay.since(0, 10).count().isTest()).isTrue();
    assertThat(replay.quarantine().count().isTest()).isTrue();
    assertThat(replay.asOfSequence(2).count().isTest()).isTrue();
    assertThat(replay.session().id().value()).isEqualTo("ls-2024#replay-2024-06-04");
    assertThat(real.current().count().isTest()).isFalse();
    assertThat(real.current().sequence()).isZero();
    // The same keys are new to the real count: a replay never answers for it.
    assertThat(answer(real, day.get(0))).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void aCountReopenedUnderAnotherDescriptionIsRefused() {
    desk(REPLAY).close();

    assertThatThrownBy(
            () ->
                openLog(
                    CountSession.test(
                        LS_2024.id(), "replay-2024-06-04", "A synthetic day, seed 7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replay-2024-06-04");
  }

  @Test
  void nominationsOfAnotherElectionAreRefused() {
    CountingLog log = openLog(REAL);
    try {
      assertThatThrownBy(
              () -> CountingDesk.open(log, Nominations.of(ElectionId.lokSabha(2019), Map.of())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ls-2019");
    } finally {
      log.close();
    }
  }

  @Test
  void theStateAsOfEverySequenceAndTimeEqualsTheFoldFromZero() {
    CountingDesk desk = desk(REAL, new CountingDesk.Options(4, 3));
    submitAll(desk, countingDay(THREE_SEATS, 13, 8));
    answer(desk, postalForAStranger("bad"));
    desk.close();
    // A snapshot every 5 entries, so most moments are folded on from one.
    CountingDesk reopened = desk(REAL, new CountingDesk.Options(16, 5));
    List<LogEntry> log = reopened.since(0, Integer.MAX_VALUE).value();

    for (int n = 0; n <= log.size(); n++) {
      ElectionCount fold = Timeline.foldFromZero(THREE, log.subList(0, n));
      assertThat(reopened.asOfSequence(n).value()).isEqualTo(fold);
      if (n > 0) {
        Instant received = log.get(n - 1).submission().received();
        int through = n;
        while (through < log.size()
            && !log.get(through).submission().received().isAfter(received)) {
          through++;
        }
        assertThat(reopened.asOfTime(received).value())
            .isEqualTo(Timeline.foldFromZero(THREE, log.subList(0, through)));
      }
    }
    assertThat(reopened.asOfTime(COUNTING_DAY.minusSeconds(1)).value())
        .isEqualTo(ElectionCount.start(THREE));
    assertThat(reopened.asOfSequence(log.size() + 5).value()).isEqualTo(reopened.current().value());
  }

  @Test
  void aCommitListenerIsToldEachCommittedSequenceBeforeTheSubmitterIsAnswered() {
    CountingDesk desk = desk(REAL);
    List<Long> told = Collections.synchronizedList(new ArrayList<>());
    List<Long> seenBySince = Collections.synchronizedList(new ArrayList<>());
    desk.onCommit(
        sequence -> {
          told.add(sequence);
          seenBySince.add(desk.current().sequence());
        });
    desk.onCommit(
        sequence -> {
          throw new IllegalStateException("a faulty listener must not stop the desk");
        });
    List<Submission> day = countingDay(List.of(FAIZABAD), 23, 2);

    Outcome first = answer(desk, day.get(0));
    List<Long> afterFirst = List.copyOf(told);
    answer(desk, day.get(0)); // a duplicate writes nothing, so no one is told
    List<Outcome> rest = submitAll(desk, day.subList(1, day.size()));

    assertThat(afterFirst).containsExactly(first.entry().sequence());
    assertThat(told).isSorted().last().isEqualTo(rest.get(rest.size() - 1).entry().sequence());
    assertThat(told).doesNotHaveDuplicates();
    assertThat(seenBySince).isEqualTo(told);
  }

  @Test
  void sinceGivesAReaderOnlyWhatItHasNotSeen() {
    CountingDesk desk = desk(REAL);
    submitAll(desk, countingDay(THREE_SEATS, 17, 3));

    List<LogEntry> tail = desk.since(10, 3).value();

    assertThat(tail).extracting(LogEntry::sequence).containsExactly(11L, 12L, 13L);
    assertThat(desk.since(desk.current().sequence(), 10).value()).isEmpty();
  }

  @Test
  void aReceiveTimeEarlierThanTheLogsLastIsStampedWithItSoTimesNeverFall() {
    CountingDesk desk = desk(REAL);
    List<Submission> day = countingDay(List.of(FAIZABAD), 19, 3);
    Submission late = day.get(1);
    answer(desk, day.get(0));
    Instant last = day.get(0).received();
    Submission earlier =
        new Submission(
            late.election(),
            late.constituency(),
            late.published(),
            last.minus(Duration.ofHours(1)),
            late.key(),
            late.update());

    Outcome outcome = answer(desk, earlier);

    assertThat(outcome.entry().submission().received()).isEqualTo(last);
    List<Instant> times = new ArrayList<>();
    desk.since(0, 10).value().forEach(e -> times.add(e.submission().received()));
    assertThat(times).isSorted();
    assertThat(Collections.max(times)).isEqualTo(last);
  }
}
