package org.janadesh.core.counting;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/**
 * The candidates validly nominated in each constituency of one election: the seats a count covers
 * and the only serials its events may name (CNT-6). Constituencies are kept in id order.
 */
public final class Nominations {
  private final ElectionId election;
  private final SortedMap<ConstituencyId, List<Candidate>> candidates;
  private final List<ConstituencyId> order;
  private final Map<ConstituencyId, Integer> index;

  private Nominations(ElectionId election, Map<ConstituencyId, List<Candidate>> candidates) {
    this.election = election;
    TreeMap<ConstituencyId, List<Candidate>> sorted = new TreeMap<>();
    candidates.forEach((id, list) -> sorted.put(id, List.copyOf(list)));
    this.candidates = Collections.unmodifiableSortedMap(sorted);
    this.order = List.copyOf(sorted.keySet());
    Map<ConstituencyId, Integer> positions = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i), i);
    }
    this.index = Map.copyOf(positions);
  }

  public static Nominations of(
      ElectionId election, Map<ConstituencyId, List<Candidate>> candidates) {
    return new Nominations(election, candidates);
  }

  /**
   * The nominations behind archived contests of {@code election} (others are ignored): every
   * candidate of a poll, the candidate returned unopposed, or the winners where that is all the
   * record has.
   */
  public static Nominations from(ElectionId election, Collection<Contest> contests) {
    Map<ConstituencyId, List<Candidate>> bySeat = new HashMap<>();
    for (Contest c : contests) {
      if (!c.election().equals(election)) {
        continue;
      }
      List<Candidate> nominees =
          switch (c.outcome()) {
            case Polled p -> p.candidates().stream().map(CandidateResult::candidate).toList();
            case Uncontested u -> List.of(u.returned());
            case WinnersOnly w -> w.winners();
          };
      if (bySeat.putIfAbsent(c.constituency(), nominees) != null) {
        throw new IllegalArgumentException(
            "two contests of " + election + " in " + c.constituency());
      }
    }
    return new Nominations(election, bySeat);
  }

  public ElectionId election() {
    return election;
  }

  /** Constituencies in id order. */
  public List<ConstituencyId> constituencies() {
    return order;
  }

  public Optional<List<Candidate>> candidates(ConstituencyId constituency) {
    return Optional.ofNullable(candidates.get(constituency));
  }

  /** Position of {@code constituency} in {@link #constituencies()}, or -1 if not nominated. */
  int indexOf(ConstituencyId constituency) {
    Integer i = index.get(constituency);
    return i == null ? -1 : i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nominations n
        && n.election.equals(election)
        && n.candidates.equals(candidates);
  }

  @Override
  public int hashCode() {
    return election.hashCode() * 31 + candidates.hashCode();
  }
}
