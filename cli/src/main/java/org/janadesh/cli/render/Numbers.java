package org.janadesh.cli.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Number formats shared by every face: percentages to two decimals (half up, as the ECI prints
 * them), counts grouped in thousands for people and plain for machines.
 */
public final class Numbers {
  private Numbers() {}

  /** A percentage rounded to two decimals, for JSON and CSV. */
  public static BigDecimal percent(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  /** A count for a table: {@code 645,363,445}; a dash when unknown. */
  public static String grouped(OptionalLong value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%,d", value.getAsLong()) : "-";
  }

  public static String grouped(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A percentage for a table: {@code 36.56}; a dash when unknown. */
  public static String percentText(OptionalDouble value) {
    return value.isPresent() ? percent(value.getAsDouble()).toPlainString() : "-";
  }

  /** A value for CSV: plain digits, empty when unknown. */
  public static String plain(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "";
  }

  public static String plain(OptionalDouble value) {
    return value.isPresent() ? percent(value.getAsDouble()).toPlainString() : "";
  }
}
