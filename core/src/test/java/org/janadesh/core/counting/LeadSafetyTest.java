package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.counting.CountingDay.votes;

import java.util.OptionalLong;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** LS-1 to LS-3: can the trailer still catch up? */
class LeadSafetyTest {
  private static final Contest FAIZABAD = Fixtures.faizabad();

  private static Safety after(CountingDay day) {
    return LeadSafety.assess((SeatStatus.Counting) day.status(FAIZABAD), OptionalLong.empty());
  }

  @Test
  void ls1VotesLeftAreRoundsLeftTimesTheMeanRoundSoFar() {
    Safety s =
        after(CountingDay.of(FAIZABAD).round(FAIZABAD, 4, 20, votes(100_000, 90_000, 10_000)));

    assertThat(s.remainingVotes()).hasValue(16 * 50_000);
  }

  @Test
  void ls1AMarginLargerThanEveryVoteLeftIsSafe() {
    Safety s =
        after(CountingDay.of(FAIZABAD).round(FAIZABAD, 19, 20, votes(900_000, 700_000, 50_000)));

    assertThat(s.verdict()).isEqualTo(SafetyClass.SAFE);
    assertThat(s.evidence()).startsWith("LS-1");
  }

  @Test
  void ls2AWideLeadHalfwayThroughIsSafe() {
    Safety s =
        after(CountingDay.of(FAIZABAD).round(FAIZABAD, 10, 20, votes(300_000, 150_000, 50_000)));

    assertThat(s.verdict()).isEqualTo(SafetyClass.SAFE);
    assertThat(s.trailerSoFar().orElseThrow())
        .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.trailerNeeds().orElseThrow()).isGreaterThan(0.5);
  }

  @Test
  void ls2TheSameLeadInTheFirstRoundIsOnlyLikely() {
    Safety s = after(CountingDay.of(FAIZABAD).round(FAIZABAD, 1, 20, votes(30_000, 15_000, 5_000)));

    assertThat(s.verdict()).isEqualTo(SafetyClass.LIKELY);
  }

  @Test
  void ls3ANarrowLeadIsContested() {
    Safety s =
        after(CountingDay.of(FAIZABAD).round(FAIZABAD, 10, 20, votes(250_000, 245_000, 5_000)));

    assertThat(s.verdict()).isEqualTo(SafetyClass.CONTESTED);
    assertThat(s.evidence()).contains("LS-2", "10 of 20 rounds");
  }

  @Test
  void postalBallotsAloneSayNothingWithoutAnExpectedTurnout() {
    CountingDay day = CountingDay.of(FAIZABAD).postal(FAIZABAD, votes(740, 720, 60));
    SeatStatus.Counting c = (SeatStatus.Counting) day.status(FAIZABAD);

    assertThat(LeadSafety.assess(c, OptionalLong.empty()).verdict())
        .isEqualTo(SafetyClass.CONTESTED);
    Safety sized = LeadSafety.assess(c, OptionalLong.of(1_100_000));
    assertThat(sized.remainingVotes()).hasValue(1_100_000 - 1_520);
    assertThat(sized.verdict()).isEqualTo(SafetyClass.CONTESTED);
  }

  @Test
  void aTieHasNoLeadToBeSafe() {
    Safety s = after(CountingDay.of(FAIZABAD).round(FAIZABAD, 10, 20, votes(5, 5, 1)));

    assertThat(s.verdict()).isEqualTo(SafetyClass.CONTESTED);
    assertThat(s.evidence()).isEqualTo("no one leads yet");
  }
}
