package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.tally.PartyTally;
import org.janadesh.core.tally.SeatTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * General elections 1962–2014 from TCPD, computed from votes and positions, against the seats per
 * Lok Sabha and winners recorded in PROVENANCE.md §3a (parties by TCPD's labels).
 */
class TcpdGeneralElectionsGoldenTest {
  static Stream<Arguments> elections() {
    return Stream.of(
        Arguments.of(1962, 494, SeatsAssert.seats("INC", 361)),
        Arguments.of(1967, 520, SeatsAssert.seats("INC", 283)),
        Arguments.of(1971, 518, SeatsAssert.seats("INC", 352)),
        Arguments.of(1977, 542, SeatsAssert.seats("BLD", 295)),
        Arguments.of(1980, 529, SeatsAssert.seats("INC(I)", 353)),
        Arguments.of(1984, 541, SeatsAssert.seats("INC", 414)),
        Arguments.of(1989, 529, SeatsAssert.seats("INC", 197, "JD", 143, "BJP", 85)),
        Arguments.of(1991, 534, SeatsAssert.seats("INC", 244, "BJP", 120)),
        Arguments.of(1996, 543, SeatsAssert.seats("BJP", 161, "INC", 140)),
        Arguments.of(1998, 543, SeatsAssert.seats("BJP", 182)),
        Arguments.of(1999, 543, SeatsAssert.seats("BJP", 182, "INC", 114)),
        Arguments.of(2004, 543, SeatsAssert.seats("INC", 145, "BJP", 138)),
        Arguments.of(2009, 543, SeatsAssert.seats("INC", 206, "BJP", 116)),
        Arguments.of(
            2014,
            543,
            SeatsAssert.seats("BJP", 282, "INC", 44, "ADMK", 37, "AITC", 34, "BJD", 20)));
  }

  @ParameterizedTest(name = "Lok Sabha {0}: {1} seats, {2}")
  @MethodSource("elections")
  void seatsAndWinnersMatchTheRecord(int year, int seats, Map<String, Integer> winners) {
    SeatTally tally = Bundled.tally("ls-" + year);

    assertThat(tally.seats()).as("seats in ls-" + year).isEqualTo(seats);
    SeatsAssert.assertSeats(tally, Bundled.registries().parties(), winners);
  }

  @Test
  void tcpdCodesReusedOverTheDecadesNameThePartyOfTheirYear() {
    SeatTally tally1962 = Bundled.tally("ls-1962");
    PartyRegistry parties = Bundled.registries().parties();

    // TCPD's JP is the Jharkhand Party in 1962 (the Janata Party was founded in 1977), and its
    // AD the Akali Dal, counted with the Shiromani Akali Dal.
    assertThat(tally1962.won(parties.resolve("Janata Party").id())).isZero();
    assertThat(tally1962.won(parties.resolve("Jharkhand Party").id())).isEqualTo(3);
    assertThat(tally1962.won(parties.resolve("Shiromani Akali Dal").id())).isEqualTo(3);
  }

  @Test
  void cpiMlRedStarVotesAreNotCountedAsCpiM() {
    // TCPD writes CPI(ML) Red Star as CPIM, the press form of CPI(M): 114,323 votes in 2014.
    PartyTally cpim =
        Bundled.tally("ls-2014").parties().stream()
            .filter(p -> p.party().value().equals("CPI(M)"))
            .findFirst()
            .orElseThrow();

    assertThat(cpim.votes()).hasValue(17_988_955L);
  }
}
