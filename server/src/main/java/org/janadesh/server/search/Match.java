package org.janadesh.server.search;

import java.util.List;
import org.janadesh.core.text.EditDistance;

/**
 * How well a query key matches an entry: exact (a whole label or alias), then prefix (of a whole
 * label, or an exact word), then part of a label (a word's prefix, or inside a whole label), then
 * near misses by edit distance: of a whole label ("Kolam": KOLLAM) before those of one word. Keys
 * are {@code MatchKey} forms, so case, spaces and punctuation never count.
 */
record Match(int tier, int distance, int sharedEnds) implements Comparable<Match> {
  static final int EXACT = 0;
  static final int PREFIX = 1;
  static final int PART = 2;
  static final int NEAR = 3;
  static final int NEAR_WORD = 4;
  static final Match NONE = new Match(Integer.MAX_VALUE, Integer.MAX_VALUE, 0);

  /** Edits a query may be from a key and still be offered, as the CLI's suggestions allow. */
  static int allowedEdits(String query) {
    return query.length() <= 3 ? 0 : Math.max(1, query.length() / 3);
  }

  static Match of(String query, List<String> wholeKeys, List<String> wordKeys) {
    Match best = NONE;
    int allowed = allowedEdits(query);
    for (String key : wholeKeys) {
      if (key.equals(query)) {
        return new Match(EXACT, 0, query.length());
      }
      if (key.startsWith(query)) {
        best = min(best, new Match(PREFIX, key.length() - query.length(), query.length()));
      } else if (query.length() >= 4 && key.contains(query)) {
        best = min(best, new Match(PART, key.length() - query.length(), query.length()));
      } else {
        best = min(best, near(query, key, allowed, NEAR));
      }
    }
    for (String word : wordKeys) {
      if (word.equals(query)) {
        best = min(best, new Match(PREFIX, 0, query.length()));
      } else if (query.length() >= 2 && word.startsWith(query)) {
        best = min(best, new Match(PART, word.length() - query.length(), query.length()));
      } else {
        best = min(best, near(query, word, allowed, NEAR_WORD));
      }
    }
    return best;
  }

  boolean found() {
    return tier != NONE.tier;
  }

  private static Match near(String query, String key, int allowed, int tier) {
    if (allowed == 0 || Math.abs(key.length() - query.length()) > allowed) {
      return NONE;
    }
    int d = EditDistance.between(query, key);
    return d <= allowed ? new Match(tier, d, sharedEnds(query, key)) : NONE;
  }

  /**
   * Letters the query shares with the key at its start and its end: among near misses of one edit,
   * "Kolam" for KOLLAM (a letter left out, ends kept) is likelier than for KOLAR.
   */
  private static int sharedEnds(String query, String key) {
    int n = Math.min(query.length(), key.length());
    int start = 0;
    while (start < n && query.charAt(start) == key.charAt(start)) {
      start++;
    }
    int end = 0;
    while (end < n - start
        && query.charAt(query.length() - 1 - end) == key.charAt(key.length() - 1 - end)) {
      end++;
    }
    return start + end;
  }

  private static Match min(Match a, Match b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(Match o) {
    if (tier != o.tier) {
      return Integer.compare(tier, o.tier);
    }
    return distance != o.distance
        ? Integer.compare(distance, o.distance)
        : Integer.compare(o.sharedEnds, sharedEnds);
  }
}
