package org.janadesh.core.counting.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/**
 * A synthetic counting day for a whole election: every polled seat's {@link SyntheticCount} (postal
 * count, rounds, declaration) from the same start, interleaved by the time each update is received,
 * as the feed of a counting day would bring them; a seat returned unopposed is declared at the
 * start. The same contests and seed give the same stream.
 */
public final class SyntheticElection {
  private SyntheticElection() {}

  /**
   * The stream for the contests of {@code election} (others are ignored). A contest whose record
   * has winners only cannot be counted and is left out; votes without the EVM / postal split are an
   * error (see {@link SyntheticCount}).
   */
  public static List<Submission> of(
      ElectionId election, List<Contest> contests, long seed, Instant start) {
    List<Submission> all = new ArrayList<>();
    for (Contest c : contests) {
      if (!c.election().equals(election)) {
        continue;
      }
      switch (c.outcome()) {
        case Polled p -> all.addAll(SyntheticCount.of(c, seed, start));
        case Uncontested u ->
            all.add(
                new Submission(
                    election,
                    c.constituency(),
                    start,
                    start,
                    "syn:" + c.constituency() + ":" + seed + ":uncontested",
                    new CountingUpdate.UncontestedReturn(u.returned().serial())));
        case WinnersOnly w -> {}
      }
    }
    // Each seat's own updates already rise in time, so this order keeps them in sequence.
    all.sort(
        Comparator.comparing(Submission::received)
            .thenComparing(Submission::published)
            .thenComparing(Submission::constituency)
            .thenComparing(Submission::key));
    return List.copyOf(all);
  }
}
