package org.janadesh.core.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.fixture.Fixtures.BIHAR;
import static org.janadesh.core.fixture.Fixtures.GUJARAT;
import static org.janadesh.core.fixture.Fixtures.LS_2024;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

class TalliesTest {
  private static final PartyId BJP = PartyId.of("BJP");
  private static final PartyId SP = PartyId.of("SP");

  @Test
  void anUncontestedReturnIsASeatWonWithNoVotes() {
    SeatTally tally =
        Tallies.count(
            LS_2024,
            "India",
            List.of(Fixtures.faizabad(), contest(GUJARAT, 24, "SURAT").uncontested("DALAL", "BJP")),
            Fixtures.parties());

    assertThat(tally.seats()).isEqualTo(2);
    assertThat(tally.won(BJP)).isEqualTo(1);
    assertThat(tally.won(SP)).isEqualTo(1);
    assertThat(tally.parties().get(0).party()).isEqualTo(SP);
    assertThat(tally.totalVotes()).hasValue(554_289 + 499_722 + 46_407 + 7_536);
    assertThat(tally.postalVotes()).hasValue(740 + 720 + 60 + 7);
    assertThat(tally.notaVotes()).hasValue(7_536);
  }

  @Test
  void partiesThatWonNothingStillShowTheirVotes() {
    SeatTally tally =
        Tallies.count(LS_2024, "India", List.of(Fixtures.faizabad()), Fixtures.parties());

    PartyTally bsp =
        tally.parties().stream()
            .filter(p -> p.party().equals(PartyId.of("BSP")))
            .findFirst()
            .orElseThrow();
    assertThat(bsp.won()).isZero();
    assertThat(bsp.votes()).hasValue(46_407);
    assertThat(bsp.name()).isEqualTo("Bahujan Samaj Party");
  }

  @Test
  void aStateTallyCountsOnlyThatStatesContests() {
    SeatTally up =
        Tallies.countInState(
            LS_2024,
            "Uttar Pradesh",
            UP,
            List.of(Fixtures.faizabad(), contest(GUJARAT, 24, "SURAT").uncontested("DALAL", "BJP")),
            Fixtures.parties());

    assertThat(up.seats()).isEqualTo(1);
    assertThat(up.won(SP)).isEqualTo(1);
    assertThat(up.won(BJP)).isZero();
  }

  @Test
  void winnersOnlyRecordsGiveSeatsButNoVotes() {
    SeatTally tally =
        Tallies.count(
            LS_2024,
            "India",
            List.of(
                contest(UP, 1, "A").winnersOnly("INC", "INC"),
                contest(UP, 2, "B").winnersOnly("BJP")),
            Fixtures.parties());

    assertThat(tally.seats()).isEqualTo(3);
    assertThat(tally.won(PartyId.of("INC"))).isEqualTo(2);
    assertThat(tally.totalVotes()).isEmpty();
    assertThat(tally.parties()).allSatisfy(p -> assertThat(p.voteShare()).isEmpty());
  }

  @Test
  void aPartialRecordHasVotesButNoShares() {
    SeatTally tally =
        Tallies.count(
            LS_2024,
            "West Bengal",
            List.of(
                contest(BIHAR, 1, "X")
                    .candidate("A", "SP", 10)
                    .candidate("B", "BJP", 5)
                    .incomplete()
                    .polled()),
            Fixtures.parties());

    assertThat(tally.parties().get(0).votes()).hasValue(10);
    assertThat(tally.parties().get(0).voteShare()).isEmpty();
    assertThat(tally.totalVotes()).isEmpty();
    assertThat(tally.postalVotes()).isEmpty();
    assertThat(tally.votesWithoutSeat()).hasValue(5);
  }

  @Property(tries = 200)
  void sharesSumTo100AndSeatsToContests(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 3) Integer> winners,
      @ForAll @IntRange(min = 1, max = 100_000) int base) {
    List<String> ids = List.of("BJP", "SP", "INC", "BSP");
    List<Contest> contests =
        java.util.stream.IntStream.range(0, winners.size())
            .mapToObj(
                i -> {
                  var c = contest(UP, i + 1, "PC" + i);
                  for (int k = 0; k < ids.size(); k++) {
                    long votes = (k == winners.get(i)) ? base * 2L + i : base + k;
                    c.candidate("C" + k, ids.get(k), votes, i % 3);
                  }
                  return c.nota(i, 1).polled();
                })
            .toList();

    SeatTally tally = Tallies.count(LS_2024, "India", contests, Fixtures.parties());

    assertThat(tally.parties().stream().mapToInt(PartyTally::won).sum()).isEqualTo(winners.size());
    double shares = tally.parties().stream().mapToDouble(p -> p.voteShare().orElseThrow()).sum();
    double notaShare = 100.0 * tally.notaVotes().orElseThrow() / tally.totalVotes().orElseThrow();
    assertThat(shares + notaShare).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
