package org.janadesh.server.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Beating itself is tested against a real server in live.PushAndIngestTest. */
class HeartbeatsTest {
  @Test
  void aHeartbeatPeriodOfZeroOrLessIsRefused() {
    assertThatThrownBy(() -> new Heartbeats(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> new Heartbeats(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theServersFifteenSecondHeartbeatIsKeptAsGiven() {
    assertThat(new Heartbeats(Duration.ofSeconds(15)).period()).isEqualTo(Duration.ofSeconds(15));
  }
}
