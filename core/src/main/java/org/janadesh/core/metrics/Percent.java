package org.janadesh.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Percentages as every face shows them: two decimals, rounded half up from the exact ratio of two
 * whole numbers (MET-0). Exact arithmetic, so a share on the boundary of a rounding step rounds the
 * same way on every machine; TCPD's published figures agree with this on every row (see
 * docs/rules/metrics.md).
 */
public final class Percent {
  /** The scale of every percentage shown: two decimals. */
  public static final int SCALE = 2;

  private Percent() {}

  /** {@code 100 × part / whole} to two decimals, or empty when {@code whole} is not positive. */
  public static Optional<BigDecimal> of(long part, long whole) {
    if (whole <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(Math.multiplyExact(part, 100L))
            .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
  }
}
