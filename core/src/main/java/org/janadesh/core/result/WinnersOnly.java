package org.janadesh.core.result;

import java.util.List;

/** Only the winners are on record (1952 and 1957 Lok Sabha); two-member seats have two (RES-5). */
public record WinnersOnly(List<Candidate> winners) implements Outcome {
  public WinnersOnly {
    if (winners.isEmpty()) {
      throw new IllegalArgumentException("a winners-only record needs at least one winner");
    }
    winners = List.copyOf(winners);
    if (winners.stream().mapToInt(Candidate::serial).distinct().count() != winners.size()) {
      throw new IllegalArgumentException("two winners share a serial");
    }
  }
}
