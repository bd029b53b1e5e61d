package org.janadesh.bench.child;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.tally.PartyTally;
import org.janadesh.core.tally.SeatTally;

/**
 * What a national Lok Sabha 2024 tally must say, whichever engine computed it, as one line the
 * launcher compares across scenarios: seats filled, all votes polled (NOTA included), the two
 * largest parties' seats, votes and share, and the seat counts of every party that won any, largest
 * first (a list that does not depend on how either engine spells party names).
 */
public record Answer(int seats, long votes, Line bjp, Line inc, List<Integer> seatCounts) {
  /** What the ECI declared: the figures every scenario must reproduce. */
  public static final int BJP_SEATS = 240;

  public static final long BJP_VOTES = 235_973_935L;
  public static final int INC_SEATS = 99;

  /** One party's line: seats won, votes, and vote share in percent (negative when unknown). */
  public record Line(int won, long votes, double share) {
    String digest() {
      return won
          + "/"
          + votes
          + "/"
          + (share < 0 ? "-" : String.format(Locale.ROOT, "%.2f", share));
    }
  }

  public Answer {
    seatCounts = List.copyOf(seatCounts);
  }

  /** Reads the answer off Janadesh's tally. */
  public static Answer of(SeatTally tally) {
    List<Integer> counts = new ArrayList<>();
    for (PartyTally p : tally.parties()) {
      if (p.won() > 0) {
        counts.add(p.won());
      }
    }
    counts.sort(Comparator.reverseOrder());
    return new Answer(
        tally.seats(),
        tally.totalVotes().orElse(-1),
        line(tally, PartyId.of("BJP")),
        line(tally, PartyId.of("INC")),
        counts);
  }

  private static Line line(SeatTally tally, PartyId party) {
    for (PartyTally p : tally.parties()) {
      if (p.party().equals(party)) {
        OptionalDouble share = p.voteShare();
        return new Line(
            p.won(), p.votes().orElse(-1), share.isPresent() ? share.getAsDouble() : -1);
      }
    }
    return new Line(0, 0, -1);
  }

  public String digest() {
    return "seats="
        + seats
        + " votes="
        + votes
        + " BJP="
        + bjp.digest()
        + " INC="
        + inc.digest()
        + " seat-counts="
        + seatCounts;
  }

  /** Fails naming the difference if the answer is not the declared result. */
  public Answer requireDeclared(String engine) {
    if (bjp.won() != BJP_SEATS || bjp.votes() != BJP_VOTES || inc.won() != INC_SEATS) {
      throw new IllegalStateException(
          engine
              + " computed a 2024 tally that is not the declared result (BJP "
              + BJP_SEATS
              + " seats, "
              + BJP_VOTES
              + " votes; INC "
              + INC_SEATS
              + " seats): "
              + digest());
    }
    return this;
  }
}
