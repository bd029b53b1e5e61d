package org.janadesh.store.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogRowsTest {
  @Test
  void theHandWrittenInstantIsTheFormattersTextForEveryInstant() {
    SplittableRandom random = new SplittableRandom(24_06_2024L);
    for (int i = 0; i < 200_000; i++) {
      Instant t =
          Instant.ofEpochSecond(
              random.nextLong(0, 253_402_300_800L), random.nextInt(1_000_000_000));
      assertThat(LogRows.instant(t)).isEqualTo(LogRows.instantByFormatter(t));
    }
    for (Instant edge :
        new Instant[] {
          Instant.EPOCH,
          Instant.parse("2024-06-04T11:01:48Z"),
          Instant.parse("2024-02-29T23:59:59.999999999Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"),
          Instant.parse("1969-12-31T23:59:59.5Z"),
          Instant.parse("+10000-01-01T00:00:00Z")
        }) {
      assertThat(LogRows.instant(edge)).isEqualTo(LogRows.instantByFormatter(edge));
    }
  }
}
