package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.counting.CountingDay.votes;
import static org.janadesh.core.counting.CountingDay.withNota;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.time.Instant;
import org.janadesh.core.counting.CountingUpdate.PostalCounted;
import org.janadesh.core.counting.CountingUpdate.ResultDeclared;
import org.janadesh.core.counting.CountingUpdate.RoundCounted;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** Each CNT rule of docs/rules/counting.md, broken and kept. */
class CountingRulesTest {
  private static final Contest FAIZABAD = Fixtures.faizabad();
  private static final Contest AMETHI =
      contest(UP, 37, "AMETHI")
          .candidate("KISHORI LAL", "INC", 539_000, 228)
          .candidate("SMRITI IRANI", "BJP", 372_000, 32)
          .polled();

  private static Decision.Rejected rejected(CountingDay day) {
    assertThat(day.lastDecision()).isInstanceOf(Decision.Rejected.class);
    return (Decision.Rejected) day.lastDecision();
  }

  private static void accepted(CountingDay day) {
    assertThat(day.lastDecision()).isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void cnt1ARoundWhoseEvmAndPostalDoNotMakeItsTotalIsRejected() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, votes(740, 720, 60))
            .roundWithTotal(
                FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000), votes(30_740, 31_720, 2_061));

    assertThat(rejected(day).rules()).containsExactly("CNT-1");
    assertThat(rejected(day).reasons()).contains("CNT-1", "serial 3", "2061");
  }

  @Test
  void cnt1ARoundWhoseTotalsAddUpIsAcceptedNotaIncluded() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, withNota(votes(740, 720, 60), 7))
            .roundWithTotal(
                FAIZABAD,
                1,
                20,
                withNota(votes(30_000, 31_000, 2_000), 400),
                withNota(votes(30_740, 31_720, 2_060), 407));

    accepted(day);
  }

  @Test
  void cnt1ANotaTotalThatDoesNotAddUpIsRejected() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .roundWithTotal(
                FAIZABAD, 1, 20, withNota(votes(1, 2, 3), 400), withNota(votes(1, 2, 3), 401));

    assertThat(rejected(day).reasons()).contains("CNT-1", "NOTA");
  }

  @Test
  void cnt2ACandidatesCumulativeVotesNeverFallFromOneRoundToTheNext() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000))
            .round(FAIZABAD, 2, 20, votes(60_000, 30_999, 4_000));

    assertThat(rejected(day).rules()).containsExactly("CNT-2");
    assertThat(rejected(day).reasons()).contains("serial 2 falls from 31000 to 30999");
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class, c -> assertThat(c.roundsCounted()).hasValue(1));
  }

  @Test
  void cnt2ALateEarlierRoundMayNotExceedARoundAlreadyCounted() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 3, 20, votes(90_000, 90_000, 6_000))
            .round(FAIZABAD, 2, 20, votes(60_000, 90_001, 4_000));

    assertThat(rejected(day).reasons()).contains("CNT-2", "round 3 already counted");
  }

  @Test
  void cnt2PostalVotesNeverFallWithoutACorrection() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, withNota(votes(740, 720, 60), 7))
            .postal(FAIZABAD, withNota(votes(740, 720, 60), 6));

    assertThat(rejected(day).reasons()).contains("CNT-2", "NOTA falls from 7 to 6");
  }

  @Test
  void cnt2ACorrectionMayLowerACount() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000))
            .correct(FAIZABAD, 1, new RoundCounted(1, 20, votes(30_000, 13_000, 2_000), null));

    accepted(day);
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> {
              assertThat(c.leader().orElseThrow().candidate().serial()).isEqualTo(1);
              assertThat(c.margin()).isEqualTo(17_000);
            });
  }

  @Test
  void cnt3ARoundOutsideOneToNIsRejected() {
    assertThat(rejected(CountingDay.of(FAIZABAD).round(FAIZABAD, 21, 20, votes(1))).rules())
        .containsExactly("CNT-3");
    assertThat(rejected(CountingDay.of(FAIZABAD).round(FAIZABAD, 0, 20, votes(1))).rules())
        .containsExactly("CNT-3");
  }

  @Test
  void cnt3TheNumberOfRoundsMayNotChangeWithoutACorrection() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(1, 1, 1))
            .round(FAIZABAD, 2, 22, votes(2, 2, 2));

    assertThat(rejected(day).reasons()).contains("CNT-3", "earlier rounds said 20");
  }

  @Test
  void cnt4TheSameRoundWithTheSameNumbersIsANoOpAnsweredWithTheOriginal() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000))
            .round(FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000));

    assertThat(day.lastDecision())
        .isInstanceOfSatisfying(
            Decision.Duplicate.class, d -> assertThat(d.original().sequence()).isEqualTo(1));
    assertThat(day.log()).hasSize(1);
  }

  @Test
  void cnt4TheSameRoundWithOtherNumbersIsRejected() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000))
            .round(FAIZABAD, 1, 20, votes(30_000, 31_001, 2_000));

    assertThat(rejected(day).rules()).containsExactly("CNT-4");
  }

  @Test
  void cnt5NoRoundPostalCountOrSecondDeclarationAfterTheDeclaration() {
    CountingDay day =
        CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 1, votes(3, 2, 1)).declare(FAIZABAD, 1);

    assertThat(rejected(day.round(FAIZABAD, 1, 1, votes(4, 2, 1))).rules()).contains("CNT-5");
    assertThat(rejected(day.postal(FAIZABAD, votes(1))).rules()).contains("CNT-5");
    assertThat(rejected(day.declare(FAIZABAD, 1)).rules()).contains("CNT-5");
    assertThat(rejected(day.adjourn(FAIZABAD)).rules()).contains("CNT-5");
  }

  @Test
  void cnt5ACorrectionAfterTheDeclarationIsAccepted() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 1, votes(3, 2, 1))
            .declare(FAIZABAD, 1)
            .correct(FAIZABAD, 1, new RoundCounted(1, 1, votes(5, 2, 1), null));

    accepted(day);
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Declared.class, d -> assertThat(d.margin()).isEqualTo(3));
  }

  @Test
  void cnt6VotesForASerialNotNominatedAreRejected() {
    CountingDay day = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(1, 2, 3, 4));

    assertThat(rejected(day).reasons()).contains("CNT-6", "serial 4");
  }

  @Test
  void cnt6AnUpdateForAConstituencyOrElectionOutsideTheCountIsRejected() {
    CountingDay day = CountingDay.of(FAIZABAD).round(AMETHI, 1, 20, votes(1, 2));
    assertThat(rejected(day).reasons()).contains("CNT-6", "no nominations");

    Instant at = CountingDay.NINE_AM;
    Submission ls2019 =
        new Submission(
            ElectionId.lokSabha(2019),
            FAIZABAD.constituency(),
            at,
            at,
            "k",
            new PostalCounted(votes(1)));
    assertThat(rejected(day.send(ls2019)).reasons()).contains("CNT-6", "ls-2019");
  }

  @Test
  void cnt6AWinnerOrUnopposedCandidateMustBeNominated() {
    assertThat(
            rejected(
                    CountingDay.of(FAIZABAD)
                        .round(FAIZABAD, 1, 1, votes(3, 2, 1))
                        .declare(FAIZABAD, 9))
                .rules())
        .containsExactly("CNT-6");
    assertThat(rejected(CountingDay.of(FAIZABAD).returnUnopposed(FAIZABAD, 9)).rules())
        .containsExactly("CNT-6");
  }

  @Test
  void cnt7TheDeclaredWinnerMustBeTheLeader() {
    CountingDay day =
        CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 1, votes(3, 2, 1)).declare(FAIZABAD, 2);

    assertThat(rejected(day).reasons()).contains("CNT-7", "serial 2 has 2 votes");
  }

  @Test
  void cnt7ARecountLetsTheTrailerOnTheCountBeDeclared() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 1, votes(3, 2, 1))
            .declareAfterRecount(FAIZABAD, 2);

    accepted(day);
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Declared.class,
            d -> {
              assertThat(d.winner().serial()).isEqualTo(2);
              assertThat(d.recount()).isTrue();
              assertThat(d.margin()).isZero();
            });
  }

  @Test
  void cnt7ATieAtTheTopNeedsADrawOfLots() {
    CountingDay tie = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 1, votes(3, 3, 1));

    assertThat(rejected(tie.declare(FAIZABAD, 2)).reasons()).contains("CNT-7", "draw of lots");
    accepted(tie.declareByLot(FAIZABAD, 2));
    assertThat(tie.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Declared.class, d -> assertThat(d.drawOfLots()).isTrue());
  }

  @Test
  void cnt7NothingCountedMeansNoOneToDeclare() {
    assertThat(rejected(CountingDay.of(FAIZABAD).declare(FAIZABAD, 1)).rules())
        .containsExactly("CNT-7");
  }

  @Test
  void cnt8TheSameKeyTwiceIsANoOpAnsweredWithTheOriginalAcceptance() {
    CountingDay day = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(3, 2, 1)).sendAgain();

    assertThat(day.lastDecision())
        .isInstanceOfSatisfying(
            Decision.Duplicate.class,
            d -> assertThat(d.original()).isInstanceOf(CountingEvent.class));
    assertThat(day.log()).hasSize(1);
  }

  @Test
  void cnt8AResentRejectionIsAnsweredWithTheOriginalRejectionEvenIfItWouldNowPass() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 2, 20, votes(6, 4, 2))
            .adjourn(FAIZABAD)
            .round(FAIZABAD, 3, 20, votes(9, 6, 3));
    Submission duringAdjournment = day.lastSubmission();
    assertThat(rejected(day).rules()).containsExactly("CNT-10");

    day.resume(FAIZABAD).send(duringAdjournment);

    assertThat(day.lastDecision())
        .isInstanceOfSatisfying(
            Decision.Duplicate.class,
            d -> assertThat(d.original()).isInstanceOf(Quarantined.class));
    assertThat(day.count().quarantine()).hasSize(1);
  }

  @Test
  void cnt9ACorrectionMustNameAnAcceptedEventOfTheSeat() {
    CountingDay day = CountingDay.of(FAIZABAD).correct(FAIZABAD, 42, new PostalCounted(votes(1)));

    assertThat(rejected(day).reasons()).contains("CNT-9", "42");
  }

  @Test
  void cnt9ACorrectionKeepsTheKindAndTheRoundOfWhatItCorrects() {
    CountingDay day = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(3, 2, 1));
    String key = day.lastSubmission().key();

    assertThat(rejected(day.correct(FAIZABAD, 1, new PostalCounted(votes(1)))).reasons())
        .contains("CNT-9", "RoundCounted cannot be corrected into a PostalCounted");
    assertThat(
            rejected(day.correctByKey(FAIZABAD, key, new RoundCounted(2, 20, votes(3, 2, 1), null)))
                .reasons())
        .contains("CNT-9", "round 1 into round 2");
    accepted(day.correctByKey(FAIZABAD, key, new RoundCounted(1, 20, votes(3, 2, 0), null)));
  }

  @Test
  void cnt9ACorrectionNamesTheOriginalNotAnotherCorrection() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(3, 2, 1))
            .correct(FAIZABAD, 1, new RoundCounted(1, 20, votes(3, 2, 0), null))
            .correct(FAIZABAD, 2, new RoundCounted(1, 20, votes(3, 1, 0), null));

    assertThat(rejected(day).reasons()).contains("CNT-9", "not another correction");
  }

  @Test
  void cnt9CorrectedContentIsCheckedLikeTheOriginal() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 1, votes(3, 2, 1))
            .declare(FAIZABAD, 1)
            .correct(FAIZABAD, 2, new ResultDeclared(2, false, false));

    assertThat(rejected(day).rules()).containsExactly("CNT-7");
    assertThat(
            rejected(day.correct(FAIZABAD, 1, new RoundCounted(1, 1, votes(3, 2, 1, 9), null)))
                .rules())
        .containsExactly("CNT-6");
    assertThat(rejected(day.correct(FAIZABAD, 1, new PostalCounted(votes(1)))).rules())
        .containsExactly("CNT-9");
  }

  @Test
  void cnt10NoCountWhileAdjournedAndResumeOnlyAfterAnAdjournment() {
    CountingDay day = CountingDay.of(FAIZABAD);
    assertThat(rejected(day.adjourn(FAIZABAD)).reasons()).contains("CNT-10", "before it starts");
    assertThat(rejected(day.resume(FAIZABAD)).rules()).containsExactly("CNT-10");

    day.postal(FAIZABAD, votes(7, 5, 1)).adjourn(FAIZABAD);
    accepted(day);
    assertThat(rejected(day.adjourn(FAIZABAD)).reasons()).contains("already stands adjourned");
    assertThat(rejected(day.postal(FAIZABAD, votes(8, 5, 1))).rules()).containsExactly("CNT-10");
    accepted(day.resume(FAIZABAD));
    accepted(day.round(FAIZABAD, 1, 20, votes(3, 2, 1)));
  }

  @Test
  void cnt10ACountermandedSeatTakesNothingButCorrections() {
    CountingDay day = CountingDay.of(FAIZABAD).countermand(FAIZABAD);

    accepted(day);
    assertThat(rejected(day.round(FAIZABAD, 1, 20, votes(1))).rules()).contains("CNT-10");
    assertThat(rejected(day.declare(FAIZABAD, 1)).rules()).contains("CNT-10");
    assertThat(rejected(day.resume(FAIZABAD)).rules()).contains("CNT-10");
    assertThat(rejected(day.countermand(FAIZABAD)).rules()).contains("CNT-10");
    accepted(day.correct(FAIZABAD, 1, new CountingUpdate.PollCountermanded("court order")));
    assertThat(day.status(FAIZABAD)).isEqualTo(new SeatStatus.Countermanded("court order"));
  }

  @Test
  void cnt10NoCountermandOrUnopposedReturnOnceCountingHasStarted() {
    CountingDay day = CountingDay.of(FAIZABAD).postal(FAIZABAD, votes(1, 1, 1));

    assertThat(rejected(day.countermand(FAIZABAD)).rules()).containsExactly("CNT-10");
    assertThat(rejected(day.returnUnopposed(FAIZABAD, 1)).rules()).containsExactly("CNT-10");
  }

  @Test
  void cnt10AnUnopposedSeatTakesNoCount() {
    CountingDay day = CountingDay.of(FAIZABAD).returnUnopposed(FAIZABAD, 2);

    assertThat(rejected(day.postal(FAIZABAD, votes(1))).rules()).containsExactly("CNT-10");
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.ReturnedUncontested.class,
            u -> assertThat(u.returned().name()).isEqualTo("LALLU SINGH"));
  }

  @Test
  void aRejectedUpdateNeverChangesTheSeatButJoinsTheQuarantineWithItsReason() {
    CountingDay day = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(3, 2, 1));
    SeatCount before = day.count().seat(FAIZABAD.constituency()).orElseThrow();

    day.round(FAIZABAD, 2, 20, votes(1, 1, 1));

    assertThat(day.count().seat(FAIZABAD.constituency())).contains(before);
    assertThat(day.count().quarantine())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.sequence()).isEqualTo(2);
              assertThat(q.broken()).extracting(v -> v.ruleId()).containsExactly("CNT-2");
              assertThat(q.broken()).allSatisfy(v -> assertThat(v.met()).isFalse());
            });
  }
}
