package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.fixture.Fixtures.BIHAR;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.janadesh.core.counting.synthetic.SyntheticCount;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;

/**
 * Invariants over messy counting days: synthetic days of three seats interleaved, with resends,
 * stray rounds and corrections mixed in.
 */
class CountingPropertiesTest {
  private static final List<Contest> SEATS =
      List.of(
          Fixtures.faizabad(),
          contest(UP, 37, "AMETHI")
              .candidate("KISHORI LAL", "INC", 539_000, 228)
              .candidate("SMRITI IRANI", "BJP", 372_000, 32)
              .candidate("NANHE SINGH CHAUHAN", "BSP", 34_000, 50)
              .nota(6_000, 3)
              .polled(),
          contest(BIHAR, 30, "PATNA SAHIB")
              .candidate("RAVI SHANKAR PRASAD", "BJP", 587_000, 1_000)
              .candidate("ANSHUL AVIJIT", "INC", 585_500, 600)
              .polled());
  static final Nominations NOMINATIONS = Nominations.from(Fixtures.LS_2024, SEATS);

  /** A messy day: the seats' synthetic days interleaved at random, with noise mixed in. */
  static List<Submission> messyDay(long seed) {
    Random random = new Random(seed);
    List<Deque<Submission>> days = new ArrayList<>();
    for (Contest c : SEATS) {
      days.add(
          new ArrayDeque<>(SyntheticCount.of(c, seed, CountingDay.NINE_AM, 3 + random.nextInt(8))));
    }
    List<Submission> out = new ArrayList<>();
    int noise = 0;
    while (days.stream().anyMatch(d -> !d.isEmpty())) {
      Deque<Submission> day = days.get(random.nextInt(days.size()));
      if (day.isEmpty()) {
        continue;
      }
      Submission next = day.poll();
      out.add(next);
      int roll = random.nextInt(10);
      if (roll == 0) {
        out.add(out.get(random.nextInt(out.size()))); // a resend
      } else if (roll == 1 && next.update() instanceof CountingUpdate.RoundCounted r) {
        noise++;
        Map<Integer, Long> bent = new HashMap<>(r.evm().candidates());
        bent.replaceAll((serial, v) -> Math.max(0, v + random.nextInt(2001) - 1000));
        CountingUpdate stray =
            random.nextBoolean()
                ? new CountingUpdate.RoundCounted(r.round(), r.rounds(), Tally.of(bent, 0), null)
                : new CountingUpdate.Correction(
                    new CountingUpdate.Target.ByKey(next.key()),
                    new CountingUpdate.RoundCounted(
                        r.round(), r.rounds(), Tally.of(bent, 0), null));
        out.add(
            new Submission(
                next.election(),
                next.constituency(),
                next.published(),
                next.received().plusSeconds(1),
                next.key() + ":noise-" + noise,
                stray));
      }
    }
    return out;
  }

  record Run(ElectionCount count, List<Decision> decisions, List<LogEntry> log) {}

  static Run run(List<Submission> day) {
    ElectionCount count = ElectionCount.start(NOMINATIONS);
    List<Decision> decisions = new ArrayList<>();
    List<LogEntry> log = new ArrayList<>();
    for (Submission s : day) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      count = step.count();
      decisions.add(step.decision());
      step.logged().ifPresent(log::add);
    }
    return new Run(count, decisions, log);
  }

  @org.junit.jupiter.api.Test
  void messyDaysHoldRejectionsResendsAndAcceptedCorrections() {
    List<Decision> decisions = new ArrayList<>();
    for (long seed = 1; seed <= 20; seed++) {
      decisions.addAll(run(messyDay(seed)).decisions());
    }

    assertThat(decisions).anyMatch(d -> d instanceof Decision.Rejected);
    assertThat(decisions).anyMatch(d -> d instanceof Decision.Duplicate);
    assertThat(decisions)
        .anyMatch(
            d ->
                d instanceof Decision.Accepted
                    && d.submission().update() instanceof CountingUpdate.Correction);
  }

  @Property(tries = 60)
  void replayIsDeterministic(@ForAll long seed) {
    List<Submission> day = messyDay(seed);

    assertThat(run(day)).isEqualTo(run(messyDay(seed)));
  }

  @Property(tries = 60)
  void applyingAnEventTwiceChangesNothing(@ForAll long seed) {
    ElectionCount count = ElectionCount.start(NOMINATIONS);
    for (Submission s : messyDay(seed)) {
      count = count.submit(s, count.sequence() + 1).count();
      ElectionCount.Step again = count.submit(s, count.sequence() + 1);

      assertThat(again.decision()).isInstanceOf(Decision.Duplicate.class);
      assertThat(again.count()).isEqualTo(count);
      assertThat(again.logged()).isEmpty();
    }
  }

  @Property(tries = 60)
  void countsNeverFallWithoutACorrectionAndRejectionsChangeNoSeat(@ForAll long seed) {
    ElectionCount count = ElectionCount.start(NOMINATIONS);
    for (Submission s : messyDay(seed)) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      SeatCount before = count.seat(s.constituency()).orElseThrow();
      SeatCount after = step.count().seat(s.constituency()).orElseThrow();
      if (!(step.decision() instanceof Decision.Accepted)) {
        assertThat(after).isEqualTo(before);
      } else if (!(s.update() instanceof CountingUpdate.Correction)) {
        assertThat(counted(before).firstFallIn(counted(after))).isEmpty();
      }
      count = step.count();
    }
  }

  @Property(tries = 60)
  void wonPlusLeadingIsTotalAndTotalsNeverExceedTheSeats(@ForAll long seed) {
    ElectionCount count = ElectionCount.start(NOMINATIONS);
    for (Submission s : messyDay(seed)) {
      count = count.submit(s, count.sequence() + 1).count();
      LiveTally<PartyId> tally = LiveTallies.byParty(count);
      long leads =
          count.seats().stream()
              .filter(
                  seat -> seat.status() instanceof SeatStatus.Counting c && c.leader().isPresent())
              .count();

      assertThat(tally.lines())
          .allSatisfy(l -> assertThat(l.total()).isEqualTo(l.won() + l.leading()));
      assertThat(tally.lines().stream().mapToInt(WonLeading::won).sum())
          .isEqualTo(tally.progress().declared());
      assertThat(tally.lines().stream().mapToInt(WonLeading::leading).sum()).isEqualTo(leads);
    }
  }

  @Property(tries = 60)
  void anAllianceTallyIsTheSumOfItsMembers(@ForAll long seed) {
    Run run = run(messyDay(seed));
    Grouping grouping = (party, state) -> party.value().length() % 2 == 0 ? "EVEN" : "ODD";

    LiveTally<String> groups = LiveTallies.byGroup(run.count(), grouping);
    LiveTally<PartyId> parties = LiveTallies.byParty(run.count());

    for (String group : List.of("EVEN", "ODD")) {
      List<WonLeading<PartyId>> members =
          parties.lines().stream()
              .filter(l -> grouping.groupOf(l.key(), UP).equals(group))
              .toList();
      assertThat(groups.line(group).won())
          .isEqualTo(members.stream().mapToInt(WonLeading::won).sum());
      assertThat(groups.line(group).leading())
          .isEqualTo(members.stream().mapToInt(WonLeading::leading).sum());
    }
  }

  @Property(tries = 60)
  void asOfThroughASnapshotEqualsAFoldFromZero(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 9) int every,
      @ForAll @IntRange(min = 0, max = 200) int cut) {
    List<LogEntry> log = run(messyDay(seed)).log();
    Timeline timeline = Timeline.of(NOMINATIONS, log, every);
    int n = Math.min(cut, log.size());
    long sequence = n == 0 ? 0 : log.get(n - 1).sequence();

    assertThat(timeline.asOfSequence(sequence))
        .isEqualTo(Timeline.foldFromZero(NOMINATIONS, log.subList(0, n)));
    Instant moment = n == 0 ? CountingDay.NINE_AM : log.get(n - 1).submission().received();
    assertThat(timeline.asOfTime(moment).sequence())
        .isLessThanOrEqualTo(log.isEmpty() ? 0 : log.get(log.size() - 1).sequence());
    assertThat(timeline.latest()).isEqualTo(run(messyDay(seed)).count());
  }

  @Property(tries = 30)
  void aCleanSyntheticDayEndsDeclaredForTheOfficialWinnerAtTheOfficialNumbers(@ForAll long seed) {
    Run run =
        run(
            SEATS.stream()
                .flatMap(c -> SyntheticCount.of(c, seed, CountingDay.NINE_AM).stream())
                .toList());

    assertThat(run.decisions())
        .allSatisfy(d -> assertThat(d).isInstanceOf(Decision.Accepted.class));
    for (Contest c : SEATS) {
      var polled = (org.janadesh.core.result.Polled) c.outcome();
      assertThat(run.count().seat(c.constituency()).orElseThrow().status())
          .isInstanceOfSatisfying(
              SeatStatus.Declared.class,
              d -> {
                assertThat(d.winner()).isEqualTo(polled.winner().candidate());
                assertThat(d.margin()).isEqualTo(polled.margin().orElseThrow());
                assertThat(d.standing().counted().total()).isEqualTo(polled.totalVotes());
              });
    }
  }

  private static Tally counted(SeatCount seat) {
    return seat.effective().evm().plus(seat.effective().postalTally());
  }
}
