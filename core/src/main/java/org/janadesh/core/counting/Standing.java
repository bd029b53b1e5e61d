package org.janadesh.core.counting;

import java.util.Arrays;
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
    // Once per counting-day event: one array sorted with one comparator, no stream.
    Place[] ranked = new Place[nominees.size()];
    for (int i = 0; i < ranked.length; i++) {
      Candidate c = nominees.get(i);
      ranked[i] = new Place(c, evm.votes(c.serial()) + postal.votes(c.serial()));
    }
    Arrays.sort(ranked, Standing::ahead);
    return new Standing(evm, postal, Arrays.asList(ranked));
  }

  private static int ahead(Place a, Place b) {
    int byVotes = Long.compare(b.votes(), a.votes());
    return byVotes != 0 ? byVotes : Integer.compare(a.candidate().serial(), b.candidate().serial());
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
    return evm.votes(serial) + postal.votes(serial);
  }
}
