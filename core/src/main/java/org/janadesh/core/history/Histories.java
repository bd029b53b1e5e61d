package org.janadesh.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.House;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/** Builds a subject's seat history over the Lok Sabha general elections (HIS-1..HIS-3). */
public final class Histories {
  private Histories() {}

  /** One general election and its contests. */
  public record ElectionResults(Election election, List<Contest> contests) {
    public ElectionResults {
      contests = List.copyOf(contests);
    }
  }

  /**
   * Seats of the parties {@code members}, counted together as {@code subject}, in every Lok Sabha
   * general election given (HIS-1). An election counts only if a member stood (HIS-2): where only
   * winners are on record (1952, 1957) that means only if a member won, since a member that lost
   * everywhere cannot be told from one that did not stand.
   */
  public static SeatHistory of(String subject, Set<PartyId> members, List<ElectionResults> all) {
    List<YearSeats> years = new ArrayList<>();
    for (ElectionResults r : all) {
      Election e = r.election();
      if (e.house() != House.LOK_SABHA || e.kind() != ElectionKind.GENERAL) {
        continue;
      }
      int won = 0;
      boolean stood = false;
      for (Contest c : r.contests()) {
        for (Candidate w : c.outcome().winners()) {
          if (members.contains(w.party())) {
            won++;
          }
        }
        stood |=
            switch (c.outcome()) {
              case Polled p ->
                  p.candidates().stream()
                      .map(CandidateResult::candidate)
                      .anyMatch(x -> members.contains(x.party()));
              case Uncontested u -> members.contains(u.returned().party());
              case WinnersOnly w -> w.winners().stream().anyMatch(x -> members.contains(x.party()));
            };
      }
      if (stood) {
        years.add(new YearSeats(e.year(), e.id(), won));
      }
    }
    return new SeatHistory(subject, years);
  }
}
