package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.core.tally.SeatTally;
import org.junit.jupiter.api.Test;

/** The 2021 assembly elections and the Ballygunge by-election of 2022. */
class AssemblyGoldenTest {
  @Test
  void keralasLeftFrontTookTheAssemblyAsPublished() {
    SeatTally kerala = Bundled.tally("ae-kl-2021");

    assertThat(kerala.seats()).isEqualTo(140);
    SeatsAssert.assertSeats(
        kerala,
        Bundled.registries().parties(),
        SeatsAssert.seats("CPM", 62, "INC", 21, "CPI", 17, "IUML", 15, "IND", 6, "KEC(M)", 5));
  }

  @Test
  void tamilNaduHas233SeatsWithoutTheDroppedPlaceholderForTirupattur() {
    SeatTally tamilNadu = Bundled.tally("ae-tn-2021");

    assertThat(tamilNadu.seats()).isEqualTo(233);
    SeatsAssert.assertSeats(
        tamilNadu,
        Bundled.registries().parties(),
        SeatsAssert.seats(
            "DMK", 132, "ADMK", 66, "INC", 18, "PMK", 5, "VCK", 4, "BJP", 4, "CPI", 2, "CPM", 2));
  }

  @Test
  void westBengalHas293SeatsWithoutTheMissingBishnupurOfSouth24Parganas() {
    SeatTally westBengal = Bundled.tally("ae-wb-2021");

    assertThat(westBengal.seats()).isEqualTo(293);
    SeatsAssert.assertSeats(
        westBengal,
        Bundled.registries().parties(),
        SeatsAssert.seats("AITC", 214, "BJP", 77, "IND", 1, "RSSCMJP", 1));
  }

  @Test
  void ballygungeWentToBabulSupriyoByTheReportedMarginOnAnIncompleteRecord() {
    Contest ballygunge = Bundled.contests("bye-wb-161-2022").getFirst();
    Polled polled = (Polled) ballygunge.outcome();

    assertThat(polled.complete()).isFalse();
    assertThat(polled.candidates()).hasSize(4);
    assertThat(polled.winner().candidate().name()).isEqualTo("Babul Supriyo");
    assertThat(polled.winner().candidate().party().value()).isEqualTo("AITC");
    assertThat(polled.margin()).hasValue(20_228);
    assertThat(ResultSheet.of(ballygunge).lines()).allMatch(l -> l.share().isEmpty());
  }

  @Test
  void assemblyElectionsAreNamedAfterTheirStates() {
    assertThat(Bundled.result("tcpd-ae").batch().elections())
        .extracting(e -> e.id().value() + " " + e.name())
        .containsExactly(
            "ae-kl-2021 Kerala Legislative Assembly 2021",
            "ae-tn-2021 Tamil Nadu Legislative Assembly 2021",
            "ae-wb-2021 West Bengal Legislative Assembly 2021");
  }
}
