package org.janadesh.core.tally;

import java.util.Collection;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/**
 * What the archive holds for one election: contests, seats (a 1950s two-member constituency is two
 * seats) and candidates. {@code candidatesKnown} is false where only winners are on record.
 */
public record ElectionSummary(
    Election election, int contests, int seats, int candidates, boolean candidatesKnown) {

  public static ElectionSummary of(Election election, Collection<Contest> contests) {
    int seats = 0;
    int candidates = 0;
    boolean known = true;
    for (Contest contest : contests) {
      seats += contest.seats();
      switch (contest.outcome()) {
        case Polled p -> candidates += p.candidates().size();
        case Uncontested u -> candidates += 1;
        case WinnersOnly w -> {
          candidates += w.winners().size();
          known = false;
        }
      }
    }
    return new ElectionSummary(election, contests.size(), seats, candidates, known);
  }
}
