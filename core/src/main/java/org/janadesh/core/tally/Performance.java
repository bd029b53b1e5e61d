package org.janadesh.core.tally;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How one subject (a party, an alliance, a bloc, or "Others") did in a scope (ALL-7,
 * docs/rules/alliances.md). Counts that the record cannot give are empty: {@code contested}, {@code
 * votes} and {@code forfeited} in winners-only years; shares where a contest lists only some
 * candidates (RES-2).
 *
 * @param candidates candidates the subject fielded (two members of one alliance in one seat are
 *     two)
 * @param contested seats where at least one of the subject's candidates stood
 * @param votesInContested all votes polled (NOTA included) in the seats the subject contested
 */
public record Performance(
    String subject,
    int won,
    OptionalInt candidates,
    OptionalInt contested,
    OptionalLong votes,
    OptionalDouble voteShare,
    OptionalLong votesInContested,
    OptionalInt forfeited) {

  /** Seats won per hundred seats contested; empty where the seats contested are unknown or none. */
  public OptionalDouble strikeRate() {
    return contested.isPresent() && contested.getAsInt() > 0
        ? OptionalDouble.of(100.0 * won / contested.getAsInt())
        : OptionalDouble.empty();
  }

  /** Votes as a percent of all votes polled in the seats the subject contested (ALL-7). */
  public OptionalDouble voteShareInContested() {
    if (votes.isEmpty() || votesInContested.isEmpty() || voteShare.isEmpty()) {
      return OptionalDouble.empty();
    }
    long base = votesInContested.getAsLong();
    return base > 0 ? OptionalDouble.of(100.0 * votes.getAsLong() / base) : OptionalDouble.empty();
  }
}
