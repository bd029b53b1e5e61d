package org.janadesh.core.counting;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.result.Candidate;

/**
 * Where the candidates stand on the votes counted so far: EVM (cumulative to the latest round) plus
 * postal. NOTA is counted but never placed: it is not a candidate and never leads (RES-1).
 */
public record Standing(Tally evm, Tally postal, List<Place> places) {
  public Standing {
    places = List.copyOf(places);
  }

  /** Ranks {@code nominees} by votes counted, most first, ties by ballot serial. */
  public static Standing of(List<Candidate> nominees, Tally evm, Tally postal) {
    Tally counted = evm.plus(postal);
    List<Place> ranked =
        nominees.stream()
            .map(c -> new Place(c, counted.votes(c.serial())))
            .sorted(
                Comparator.comparingLong(Place::votes)
                    .reversed()
                    .thenComparingInt(p -> p.candidate().serial()))
            .toList();
    return new Standing(evm, postal, ranked);
  }

  /** EVM and postal votes together. */
  public Tally counted() {
    return evm.plus(postal);
  }

  /** The candidate ahead, if one is ahead alone with at least one vote; a tie has no leader. */
  public Optional<Place> leader() {
    if (places.isEmpty() || places.get(0).votes() == 0) {
      return Optional.empty();
    }
    if (places.size() > 1 && places.get(1).votes() == places.get(0).votes()) {
      return Optional.empty();
    }
    return Optional.of(places.get(0));
  }

  /** The candidate in second place, if there is a second candidate. */
  public Optional<Place> runnerUp() {
    return places.size() < 2 ? Optional.empty() : Optional.of(places.get(1));
  }

  /** First place's votes minus second place's; zero on a tie or with one candidate. */
  public long margin() {
    return places.size() < 2 ? 0 : places.get(0).votes() - places.get(1).votes();
  }

  /** The votes counted for candidate {@code serial}. */
  public long votesOf(int serial) {
    return counted().votes(serial);
  }
}
