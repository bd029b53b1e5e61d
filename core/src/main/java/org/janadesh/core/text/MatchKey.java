package org.janadesh.core.text;

import java.util.Locale;

/**
 * The key under which a name from any source is matched: sources disagree on case, spacing and
 * punctuation ({@code CPI(M)}, {@code CPI (M)}, {@code CPIM}; {@code Jammu_&_Kashmir}, {@code Jammu
 * and Kashmir}), so only letters and digits take part, and {@code &} reads as "and".
 */
public final class MatchKey {
  private MatchKey() {}

  /** Returns the matching key of a name; blank when the name has no letter or digit. */
  public static String of(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replace("&", " AND ");
    StringBuilder key = new StringBuilder(upper.length());
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }
}
