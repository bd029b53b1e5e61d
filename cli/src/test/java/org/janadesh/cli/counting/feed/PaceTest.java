package org.janadesh.cli.counting.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.cli.UserError;
import org.junit.jupiter.api.Test;

class PaceTest {
  private long now;
  private final List<Duration> slept = new ArrayList<>();

  private Pace pace(String speed) {
    return Pace.parse(
        speed,
        () -> now,
        wait -> {
          slept.add(wait);
          now += wait.toNanos();
        });
  }

  private static Instant at(String time) {
    return Instant.parse("2024-06-04T" + time + "Z");
  }

  @Test
  void atSixtyTimesAnHourOfTheSourcesClockTakesAMinute() throws InterruptedException {
    Pace pace = pace("60x");

    pace.await(at("03:00:00"));
    pace.await(at("03:30:00"));
    now += Duration.ofSeconds(10).toNanos(); // the desk took ten seconds to answer
    pace.await(at("04:00:00"));

    assertThat(slept).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(20));
  }

  @Test
  void anUpdatePublishedBeforeOneAlreadySentGoesAtOnce() throws InterruptedException {
    Pace pace = pace("60x");

    pace.await(at("03:00:00"));
    pace.await(at("03:06:00"));
    pace.await(at("03:05:00"));

    assertThat(slept).containsExactly(Duration.ofSeconds(6));
  }

  @Test
  void atMaxNothingWaits() throws InterruptedException {
    Pace pace = pace("max");

    pace.await(at("03:00:00"));
    pace.await(at("09:00:00"));

    assertThat(pace.isMax()).isTrue();
    assertThat(slept).isEmpty();
  }

  @Test
  void aSpeedThatIsNotMaxOrAFactorIsAUsageError() {
    assertThatThrownBy(() -> pace("fast"))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("60x");
    assertThatThrownBy(() -> pace("0x")).isInstanceOf(UserError.class);
  }
}
