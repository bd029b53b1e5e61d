package org.janadesh.core.text;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The "did you mean" of every face: the labels closest in spelling to what was asked, at most
 * three, each within an edit distance of a third of the asked key's length (at least one).
 */
public final class Nearest {
  private static final int AT_MOST = 3;

  private Nearest() {}

  public static List<String> to(String asked, Stream<String> labels) {
    String key = MatchKey.of(asked);
    int allowed = Math.max(1, key.length() / 3);
    return labels
        .distinct()
        .filter(label -> EditDistance.between(MatchKey.of(label), key) <= allowed)
        .sorted(
            Comparator.comparingInt((String label) -> EditDistance.between(MatchKey.of(label), key))
                .thenComparing(label -> label))
        .limit(AT_MOST)
        .toList();
  }
}
