package org.janadesh.bench.push;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run's clients are shared between harness processes: evenly, the first {@code clients mod
 * harnesses} taking one more. Client numbers run over the whole run, so round-robin over the
 * servers from each share's first client spreads every server's clients evenly too.
 */
record Partition(int harness, int first, int clients) {
  Partition {
    if (harness < 0 || first < 0 || clients < 0) {
      throw new IllegalArgumentException(
          "a share is harness " + harness + ", first " + first + ", clients " + clients);
    }
  }

  static List<Partition> of(int clients, int harnesses) {
    if (harnesses < 1 || clients < harnesses) {
      throw new IllegalArgumentException(
          clients + " clients cannot be shared by " + harnesses + " harnesses: each needs one");
    }
    List<Partition> shares = new ArrayList<>();
    int first = 0;
    for (int h = 0; h < harnesses; h++) {
      int n = clients / harnesses + (h < clients % harnesses ? 1 : 0);
      shares.add(new Partition(h, first, n));
      first += n;
    }
    return List.copyOf(shares);
  }

  /** How many of this share's clients go to server {@code node} of {@code nodes}. */
  int onNode(int node, int nodes) {
    int n = 0;
    for (int i = first; i < first + clients; i++) {
      if (i % nodes == node) {
        n++;
      }
    }
    return n;
  }
}
