package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.counting.CountingDay.votes;
import static org.janadesh.core.counting.CountingDay.withNota;

import org.janadesh.core.counting.CountingUpdate.PostalCounted;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** A constituency's status as the fold of its events. */
class SeatStatusTest {
  private static final Contest FAIZABAD = Fixtures.faizabad();

  @Test
  void aSeatWithNoEventsHasNotStarted() {
    assertThat(CountingDay.of(FAIZABAD).status(FAIZABAD)).isEqualTo(new SeatStatus.NotStarted());
  }

  @Test
  void whileOnlyPostalBallotsAreCountedTheSeatIsCountingPostalOnly() {
    CountingDay day = CountingDay.of(FAIZABAD).postal(FAIZABAD, votes(740, 720, 60));

    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> {
              assertThat(c.postalOnly()).isTrue();
              assertThat(c.roundsCounted()).hasValue(0);
              assertThat(c.leader().orElseThrow().candidate().name()).isEqualTo("AWADHESH PRASAD");
              assertThat(c.margin()).isEqualTo(20);
            });
  }

  @Test
  void theLeadChangesHandsWhenTheTrailerOvertakesInALaterRound() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, votes(740, 720, 60))
            .round(FAIZABAD, 1, 20, votes(28_000, 31_000, 2_000));
    assertThat(leaderOf(day)).isEqualTo("LALLU SINGH");

    day.round(FAIZABAD, 2, 20, votes(60_000, 59_000, 4_000));

    assertThat(leaderOf(day)).isEqualTo("AWADHESH PRASAD");
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> {
              assertThat(c.margin()).isEqualTo(60_740 - 59_720);
              assertThat(c.runnerUp().orElseThrow().candidate().name()).isEqualTo("LALLU SINGH");
              assertThat(c.roundsCounted()).hasValue(2);
              assertThat(c.rounds()).hasValue(20);
              assertThat(c.postalOnly()).isFalse();
            });
  }

  @Test
  void notaIsCountedButNeverLeadsEvenWithTheMostVotes() {
    CountingDay day =
        CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, withNota(votes(30, 20, 10), 900));

    assertThat(leaderOf(day)).isEqualTo("AWADHESH PRASAD");
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> assertThat(c.standing().counted().total()).isEqualTo(960));
  }

  @Test
  void aTieAtTheTopHasNoLeader() {
    CountingDay day = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(30, 30, 10));

    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> {
              assertThat(c.leader()).isEmpty();
              assertThat(c.margin()).isZero();
            });
  }

  @Test
  void anAdjournmentIsShownUntilCountingResumes() {
    CountingDay day =
        CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(3, 2, 1)).adjourn(FAIZABAD);
    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(SeatStatus.Counting.class, c -> assertThat(c.adjourned()).isTrue());

    day.resume(FAIZABAD);

    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class, c -> assertThat(c.adjourned()).isFalse());
  }

  @Test
  void theDeclarationFixesTheWinnerAndTheFinalMargin() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, votes(740, 720, 60))
            .round(FAIZABAD, 1, 1, votes(553_549, 499_002, 46_347))
            .declare(FAIZABAD, 1);

    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Declared.class,
            d -> {
              assertThat(d.winner().name()).isEqualTo("AWADHESH PRASAD");
              assertThat(d.margin()).isEqualTo(54_567);
              assertThat(d.roundsCounted()).hasValue(1);
              assertThat(d.recount()).isFalse();
            });
  }

  @Test
  void aCorrectionOfAnOlderPostalCountDoesNotUndoANewerOne() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, votes(100, 50, 1))
            .postal(FAIZABAD, votes(700, 700, 60))
            .correct(FAIZABAD, 1, new PostalCounted(votes(90, 50, 1)));

    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> assertThat(c.standing().postal()).isEqualTo(votes(700, 700, 60)));
  }

  @Test
  void theLatestCorrectionOfAnEventWinsAndTheOriginalStaysInTheLog() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 20, votes(3, 2, 1))
            .correct(FAIZABAD, 1, new CountingUpdate.RoundCounted(1, 20, votes(3, 4, 1), null))
            .correct(FAIZABAD, 1, new CountingUpdate.RoundCounted(1, 20, votes(3, 5, 1), null));

    assertThat(day.status(FAIZABAD))
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class, c -> assertThat(c.margin()).isEqualTo(2));
    assertThat(day.count().seat(FAIZABAD.constituency()).orElseThrow().log()).hasSize(3);
  }

  @Test
  void theFoldRefusesAnEventOutOfSequenceOrForAnotherSeat() {
    CountingDay day = CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(3, 2, 1));
    SeatCount seat = day.count().seat(FAIZABAD.constituency()).orElseThrow();
    CountingEvent first = (CountingEvent) day.log().get(0);

    assertThatThrownBy(() -> seat.evolve(first)).hasMessageContaining("event 1 after 1");
    assertThatThrownBy(() -> day.count().apply(first)).hasMessageContaining("does not follow");
  }

  private static String leaderOf(CountingDay day) {
    return ((SeatStatus.Counting) day.status(FAIZABAD)).leader().orElseThrow().candidate().name();
  }
}
