package org.janadesh.ingest.source;

import java.util.Locale;
import java.util.Set;
import org.janadesh.core.text.MatchKey;

/** Small text helpers for names shown to people and for recognising NOTA rows. */
public final class Labels {
  private static final Set<String> NOTA_KEYS = Set.of("NOTA", "NONEOFTHEABOVE");

  private Labels() {}

  /**
   * Whether a row is the "None of the Above" line rather than a candidate. TCPD leaves the party
   * blank on some by-election NOTA rows, so the candidate column counts as much as the party.
   */
  public static boolean isNota(String candidate, String party) {
    return NOTA_KEYS.contains(MatchKey.of(candidate)) || NOTA_KEYS.contains(MatchKey.of(party));
  }

  /**
   * Title case for names that sources print in capitals ({@code FAIZABAD} → {@code Faizabad}), used
   * only in display names of elections; a name already in mixed case is kept.
   */
  public static String display(String name) {
    String trimmed = name.trim().replaceAll("\\s+", " ");
    if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
      return trimmed;
    }
    StringBuilder out = new StringBuilder(trimmed.length());
    boolean startOfWord = true;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      out.append(startOfWord ? c : Character.toLowerCase(c));
      startOfWord = !Character.isLetterOrDigit(c) && c != '\'';
    }
    return out.toString();
  }
}
