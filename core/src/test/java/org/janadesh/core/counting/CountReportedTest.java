package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.counting.CountingDay.votes;
import static org.janadesh.core.counting.CountingDay.withNota;

import java.util.OptionalLong;
import org.janadesh.core.counting.CountingUpdate.CountReported;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** Counts published without round numbers (the results site scraped by the clock). */
class CountReportedTest {
  private static final Contest FAIZABAD = Fixtures.faizabad();

  private static Decision.Rejected rejected(CountingDay day) {
    assertThat(day.lastDecision()).isInstanceOf(Decision.Rejected.class);
    return (Decision.Rejected) day.lastDecision();
  }

  private static void accepted(CountingDay day) {
    assertThat(day.lastDecision()).isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void aReportedCountIsCountingWithRoundsUnknownNotInvented() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, withNota(votes(30_000, 31_000, 2_000), 40), votes(740, 720, 60));

    accepted(day);
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> {
              assertThat(c.roundsCounted()).isEmpty();
              assertThat(c.rounds()).isEmpty();
              assertThat(c.postalOnly()).isFalse();
              assertThat(c.leader().orElseThrow().candidate().serial()).isEqualTo(2);
              assertThat(c.margin()).isEqualTo(31_720 - 30_740);
              assertThat(c.standing().counted().nota()).isEqualTo(40);
            });
  }

  @Test
  void cnt2AReportedEvmCountNeverFallsWithoutACorrection() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(30_000, 31_000, 2_000), votes(740, 720, 60))
            .report(FAIZABAD, votes(60_000, 30_999, 4_000), votes(740, 720, 60));

    assertThat(rejected(day).rules()).containsExactly("CNT-2");
    assertThat(rejected(day).reasons()).contains("serial 2 falls from 31000 to 30999");
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class, c -> assertThat(c.standing().votesOf(1)).isEqualTo(30_740));
  }

  @Test
  void cnt2AReportedPostalCountNeverFallsWithoutACorrection() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(30_000, 31_000, 2_000), votes(740, 720, 60))
            .report(FAIZABAD, votes(60_000, 61_000, 4_000), votes(740, 719, 60));

    assertThat(rejected(day).reasons()).startsWith("CNT-2: reported postal count");
  }

  @Test
  void cnt9ACorrectionOfAReportedCountLetsItFallAndStandsInItsPlace() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(30_000, 31_000, 2_000), votes(740, 720, 60))
            .report(FAIZABAD, votes(60_000, 61_000, 4_000), votes(740, 720, 60))
            .correct(
                FAIZABAD, 2, new CountReported(votes(60_000, 59_000, 4_000), votes(740, 720, 60)));

    accepted(day);
    SeatStatus.Counting c = (SeatStatus.Counting) day.status(FAIZABAD);
    assertThat(c.leader().orElseThrow().candidate().serial()).isEqualTo(1);
    assertThat(c.standing().votesOf(2)).isEqualTo(59_720);
  }

  @Test
  void cnt9AReportedCountCannotBeCorrectedIntoARound() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(30_000, 31_000, 2_000), votes(740, 720, 60))
            .correct(FAIZABAD, 1, new CountingUpdate.PostalCounted(votes(1, 1, 1)));

    assertThat(rejected(day).rules()).containsExactly("CNT-9");
  }

  @Test
  void cnt6AReportedCountNamesOnlyNominatedSerials() {
    CountingDay day =
        CountingDay.of(FAIZABAD).report(FAIZABAD, votes(1, 2, 3, 4), votes(0, 0, 0, 0));

    assertThat(rejected(day).rules()).containsExactly("CNT-6", "CNT-6");
  }

  @Test
  void cnt6ACorrectedReportNamesOnlyNominatedSerials() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(1, 2, 3), votes(0, 0, 0))
            .correct(FAIZABAD, 1, new CountReported(votes(1, 2, 3, 4), votes(0, 0, 0, 9)));

    assertThat(rejected(day).rules()).containsExactly("CNT-6", "CNT-6");
  }

  @Test
  void cnt5NothingIsReportedAfterTheDeclarationExceptByCorrection() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(553_549, 499_002, 46_347), votes(740, 720, 60))
            .declare(FAIZABAD, 1)
            .report(FAIZABAD, votes(553_550, 499_002, 46_347), votes(740, 720, 60));

    assertThat(rejected(day).rules()).containsExactly("CNT-5");
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Declared.class, d -> assertThat(d.roundsCounted()).isEmpty());
  }

  @Test
  void cnt7TheDeclaredWinnerLeadsTheReportedCount() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(553_549, 499_002, 46_347), votes(740, 720, 60))
            .declare(FAIZABAD, 2);

    assertThat(rejected(day).rules()).containsExactly("CNT-7");
  }

  @Test
  void cnt10NoCountIsReportedWhileCountingStandsAdjourned() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(1, 2, 3), votes(0, 0, 0))
            .adjourn(FAIZABAD)
            .report(FAIZABAD, votes(2, 3, 4), votes(0, 0, 0));

    assertThat(rejected(day).rules()).containsExactly("CNT-10");
  }

  @Test
  void cnt10NoCountIsReportedForASeatReturnedUnopposed() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .returnUnopposed(FAIZABAD, 1)
            .report(FAIZABAD, votes(1, 0, 0), votes(0, 0, 0));

    assertThat(rejected(day).rules()).containsExactly("CNT-10");
  }

  @Test
  void cnt11ASeatCountedByRoundsTakesNoReportWithoutRounds() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(30_000, 31_000, 2_000))
            .report(FAIZABAD, votes(60_000, 61_000, 4_000), votes(740, 720, 60));

    assertThat(rejected(day).rules()).containsExactly("CNT-11");
  }

  @Test
  void cnt11ASeatReportedWithoutRoundsTakesNoRoundAndNoPostalCount() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .report(FAIZABAD, votes(30_000, 31_000, 2_000), votes(740, 720, 60))
            .round(FAIZABAD, 2, 20, votes(60_000, 61_000, 4_000));

    assertThat(rejected(day).rules()).containsExactly("CNT-11");
    assertThat(rejected(day.postal(FAIZABAD, votes(800, 800, 80))).rules())
        .containsExactly("CNT-11");
  }

  @Test
  void ls1WithoutRoundsTheExpectedVotesSizeWhatIsLeft() {
    CountingDay day =
        CountingDay.of(FAIZABAD).report(FAIZABAD, votes(100_000, 90_000, 10_000), votes(0, 0, 0));
    SeatStatus.Counting c = (SeatStatus.Counting) day.status(FAIZABAD);

    Safety safe = LeadSafety.assess(c, OptionalLong.of(205_000));
    assertThat(safe.remainingVotes()).hasValue(5_000);
    assertThat(safe.verdict()).isEqualTo(SafetyClass.SAFE);
    assertThat(safe.evidence()).startsWith("LS-1");

    Safety open = LeadSafety.assess(c, OptionalLong.of(1_100_000));
    assertThat(open.verdict()).isNotEqualTo(SafetyClass.SAFE);
    assertThat(open.evidence()).contains("rounds unknown");
  }

  @Test
  void ls3WithoutRoundsOrExpectedVotesALeadIsContested() {
    CountingDay day =
        CountingDay.of(FAIZABAD).report(FAIZABAD, votes(100_000, 90_000, 10_000), votes(0, 0, 0));

    Safety s = LeadSafety.assess((SeatStatus.Counting) day.status(FAIZABAD), OptionalLong.empty());

    assertThat(s.verdict()).isEqualTo(SafetyClass.CONTESTED);
    assertThat(s.evidence()).contains("without round numbers");
  }
}
