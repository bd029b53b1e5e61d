package org.janadesh.server.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.House;
import org.janadesh.core.history.Histories;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.Nearest;

/**
 * Every Lok Sabha general election in the archive with its contests: what a seat history counts
 * (HIS-1), and the parties that stood, from which a misspelt party name gets its suggestions.
 */
public record LokSabhaResults(List<Histories.ElectionResults> elections) {
  public LokSabhaResults {
    elections = List.copyOf(elections);
  }

  public static LokSabhaResults of(Archive archive) {
    List<Histories.ElectionResults> all = new ArrayList<>();
    for (Election e : archive.elections()) {
      if (e.house() == House.LOK_SABHA && e.kind() == ElectionKind.GENERAL) {
        all.add(new Histories.ElectionResults(e, archive.contests(e.id())));
      }
    }
    return new LokSabhaResults(all);
  }

  /** Every contest of every general election, for suggestions from the parties that stood. */
  public List<Contest> contests() {
    return elections.stream().flatMap(r -> r.contests().stream()).toList();
  }

  /** The ids of parties that stood, closest in spelling to {@code label} first, at most three. */
  public static List<String> suggestions(String label, Collection<Contest> stood) {
    return Nearest.to(label, stood.stream().flatMap(c -> c.parties().stream()).map(PartyId::value));
  }
}
