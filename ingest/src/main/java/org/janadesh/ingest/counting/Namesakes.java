package org.janadesh.ingest.counting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.result.Candidate;
import org.janadesh.ingest.source.Rejection;

/**
 * Ties the rows of namesakes (two nominees of one constituency with the same name and party) to
 * their ballot serials. The snapshot rows name no serial and are not in ballot order, so only the
 * numbers can tell them apart: a candidate's count never falls as counting goes on. Walking the
 * scrapes backwards from the official final numbers, each scrape's rows go to the namesakes whose
 * later count they do not exceed, choosing the assignment that leaves the least to be counted in
 * between. When no assignment keeps every count from falling, or two fit equally well, the rows are
 * rejected rather than guessed.
 */
final class Namesakes {
  private final String file;
  private final List<Candidate> nominees;
  private final long[] later;

  /** {@code finals} are the official final totals of {@code nominees}, in the same order. */
  Namesakes(String file, List<Candidate> nominees, long[] finals) {
    this.file = file;
    this.nominees = List.copyOf(nominees);
    this.later = finals.clone();
  }

  /**
   * Assigns the scrapes' rows, given oldest first; adds each row's serial to {@code serials} or a
   * rejection to {@code problems}.
   */
  void assign(
      List<List<CandidateSnapshot>> scrapesOldestFirst,
      Map<CandidateSnapshot, Integer> serials,
      List<Rejection> problems) {
    for (int i = scrapesOldestFirst.size() - 1; i >= 0; i--) {
      List<CandidateSnapshot> rows = scrapesOldestFirst.get(i);
      Best best = new Best();
      search(rows, 0, new int[rows.size()], new boolean[nominees.size()], 0, best);
      if (best.assignment == null || best.ties > 1) {
        String why =
            best.assignment == null
                ? "no way to tie these rows to the namesakes' serials without a count falling"
                : "the numbers fit more than one way of telling the namesakes apart";
        rows.forEach(
            r ->
                problems.add(
                    new Rejection(
                        file,
                        r.line(),
                        "candidate_name",
                        nominees.size() + " nominees are named '" + r.candidate() + "': " + why)));
        continue;
      }
      for (int k = 0; k < rows.size(); k++) {
        int nominee = best.assignment[k];
        serials.put(rows.get(k), nominees.get(nominee).serial());
        later[nominee] = rows.get(k).total();
      }
    }
  }

  private void search(
      List<CandidateSnapshot> rows, int k, int[] chosen, boolean[] used, long cost, Best best) {
    if (k == rows.size()) {
      if (best.assignment == null || cost < best.cost) {
        best.assignment = chosen.clone();
        best.cost = cost;
        best.ties = 1;
      } else if (cost == best.cost) {
        best.ties++;
      }
      return;
    }
    long value = rows.get(k).total();
    for (int n = 0; n < nominees.size(); n++) {
      if (!used[n] && value <= later[n]) {
        used[n] = true;
        chosen[k] = n;
        long gap = later[n] - value;
        search(rows, k + 1, chosen, used, cost + gap * gap, best);
        used[n] = false;
      }
    }
  }

  /** The cheapest assignment found so far and how many reach its cost. */
  private static final class Best {
    int @org.jspecify.annotations.Nullable [] assignment;
    long cost;
    int ties;
  }

  /** Groups rows by scrape, keeping the scrapes' order. */
  static List<List<CandidateSnapshot>> byScrape(List<CandidateSnapshot> rowsInOrder) {
    Map<String, List<CandidateSnapshot>> groups = new java.util.LinkedHashMap<>();
    for (CandidateSnapshot r : rowsInOrder) {
      groups.computeIfAbsent(r.published() + " " + r.scrape(), g -> new ArrayList<>()).add(r);
    }
    return new ArrayList<>(groups.values());
  }

  static Map<CandidateSnapshot, Integer> newSerials() {
    return new HashMap<>();
  }
}
