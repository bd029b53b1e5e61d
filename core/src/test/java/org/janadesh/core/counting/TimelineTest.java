package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.counting.CountingDay.votes;

import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** Showing a past moment again, by sequence number or by receive time. */
class TimelineTest {
  private static final Contest FAIZABAD = Fixtures.faizabad();

  private static CountingDay day() {
    return CountingDay.of(FAIZABAD)
        .postal(FAIZABAD, votes(740, 720, 60))
        .round(FAIZABAD, 1, 3, votes(28_000, 31_000, 2_000))
        .round(FAIZABAD, 2, 3, votes(60_000, 59_000, 4_000))
        .round(FAIZABAD, 3, 3, votes(90_000, 80_000, 6_000))
        .declare(FAIZABAD, 1);
  }

  @Test
  void asOfTheSecondEventTheBjpCandidateLedAfterRoundOne() {
    CountingDay day = day();
    Timeline timeline = Timeline.of(day.count().nominations(), day.log(), 2);

    SeatStatus then = timeline.asOfSequence(2).seat(FAIZABAD.constituency()).orElseThrow().status();

    assertThat(then)
        .isInstanceOfSatisfying(
            SeatStatus.Counting.class,
            c -> assertThat(c.leader().orElseThrow().candidate().name()).isEqualTo("LALLU SINGH"));
    assertThat(timeline.latest()).isEqualTo(day.count());
  }

  @Test
  void asOfATimeShowsEverythingReceivedByThen() {
    CountingDay day = day();
    Timeline timeline = Timeline.of(day.count().nominations(), day.log(), 4);

    assertThat(timeline.asOfTime(CountingDay.NINE_AM).sequence()).isZero();
    assertThat(timeline.asOfTime(day.log().get(2).submission().received()).sequence()).isEqualTo(3);
    assertThat(timeline.asOfTime(CountingDay.NINE_AM.plusSeconds(86_400))).isEqualTo(day.count());
    assertThat(timeline.entries()).hasSize(5);
  }

  @Test
  void aSnapshotIntervalBelowOneIsABug() {
    assertThatThrownBy(() -> Timeline.of(day().count().nominations(), day().log(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
