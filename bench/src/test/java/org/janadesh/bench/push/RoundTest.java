package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTest {
  private static final long MS = 1_000_000;

  @Test
  void aRoundReportsNearestRankPercentilesOfItsDeliveries() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = (i + 1) * MS;
    }
    Round round = new Round("event 1/1", sorted, 100, 3 * MS);

    assertThat(round.p50()).isEqualTo(50 * MS);
    assertThat(round.p99()).isEqualTo(99 * MS);
    assertThat(round.max()).isEqualTo(100 * MS);
    assertThat(round.line(""))
        .isEqualTo(
            "event 1/1       | POST ack 3.0 ms; received 100 of 100; p50 50.0  p99 99.0  max"
                + " 100.0 ms");
  }

  @Test
  void measuredRoundsArePooledSoTheirP99IsOverEveryDelivery() {
    Round fast = new Round("a", new long[] {1 * MS, 2 * MS}, 2, 0);
    Round slow = new Round("b", new long[] {7 * MS, 9 * MS}, 2, 0);

    assertThat(Round.pooled(List.of(slow, fast))).containsExactly(MS, 2 * MS, 7 * MS, 9 * MS);
  }

  @Test
  void aRoundThatNobodyReceivedReportsZeroesNotAnError() {
    Round none = new Round("warm-up 1/3", new long[0], 5, 0);

    assertThat(none.p99()).isZero();
    assertThat(none.line("")).contains("received 0 of 5");
  }
}
