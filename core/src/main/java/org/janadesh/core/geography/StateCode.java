package org.janadesh.core.geography;

import java.util.regex.Pattern;

/**
 * A state or union territory by its ECI code ({@code S01}..{@code S29}, {@code U01}..{@code U09}),
 * or by a Janadesh code {@code X01}.. for states that no longer exist (Bombay, Hyderabad, PEPSU…).
 */
public record StateCode(String value) implements Comparable<StateCode> {
  private static final Pattern FORM = Pattern.compile("[SUX]\\d{2}");

  public StateCode {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a state code (S01, U05, X01…): '" + value + "'");
    }
  }

  public static StateCode of(String value) {
    return new StateCode(value);
  }

  @Override
  public int compareTo(StateCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
