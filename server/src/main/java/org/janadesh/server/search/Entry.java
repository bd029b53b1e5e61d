package org.janadesh.server.search;

import java.util.List;

/**
 * One thing the search box can open: a constituency, a candidate or a party, with the matching keys
 * it answers to ({@code MatchKey} form: whole labels and aliases, and their single words) and a
 * weight that orders equally good matches (seats won, votes polled).
 */
record Entry(
    Kind kind,
    String label,
    String detail,
    String url,
    List<String> wholeKeys,
    List<String> wordKeys,
    long weight,
    String stateCode) {
  Entry {
    wholeKeys = List.copyOf(wholeKeys);
    wordKeys = List.copyOf(wordKeys);
  }

  /** What a result is; the order is the tie-break between kinds on an equally good match. */
  enum Kind {
    PARTY,
    CONSTITUENCY,
    CANDIDATE;

    String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
