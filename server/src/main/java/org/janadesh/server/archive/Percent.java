package org.janadesh.server.archive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage as every JSON document carries it: two decimals, half up, as the ECI prints them
 * (the same rounding as the CLI's tables and CSV).
 */
public final class Percent {
  private Percent() {}

  public static BigDecimal of(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
