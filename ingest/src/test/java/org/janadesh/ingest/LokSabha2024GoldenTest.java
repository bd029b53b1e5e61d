package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.core.tally.SeatTally;
import org.junit.jupiter.api.Test;

/** Lok Sabha 2024 from the ECI results site, against the published result. */
class LokSabha2024GoldenTest {
  private static final Map<String, Integer> NATIONAL =
      SeatsAssert.seats(
          "BJP", 240,
          "INC", 99,
          "SP", 37,
          "AITC", 29,
          "DMK", 22,
          "TDP", 16,
          "JD(U)", 12,
          "SHS(UBT)", 9,
          "NCP(SP)", 8,
          "SHS", 7,
          "LJP(RV)", 5,
          "CPI(M)", 4,
          "RJD", 4,
          "YSRCP", 4,
          "AAP", 3,
          "JMM", 3,
          "IUML", 3,
          "CPI", 2,
          "CPI(ML)L", 2,
          "RSP", 1,
          "IND", 7);

  private static final Map<String, Integer> BIHAR =
      SeatsAssert.seats(
          "BJP", 12,
          "JD(U)", 12,
          "LJP(RV)", 5,
          "RJD", 4,
          "INC", 3,
          "CPI(ML)L", 2,
          "HAM(S)", 1,
          "IND", 1);

  @Test
  void the543SeatsSplitAsPublishedWithEveryOtherPartyOnOneOrTwo() {
    SeatTally tally = Bundled.tally("ls-2024");

    assertThat(tally.seats()).isEqualTo(543);
    SeatsAssert.assertSeats(tally, Bundled.registries().parties(), NATIONAL);
    Set<PartyId> listed =
        NATIONAL.keySet().stream()
            .map(l -> Bundled.registries().parties().resolve(l).id())
            .collect(java.util.stream.Collectors.toSet());
    assertThat(tally.parties())
        .filteredOn(p -> !listed.contains(p.party()))
        .allSatisfy(p -> assertThat(p.won()).isLessThanOrEqualTo(2));
  }

  @Test
  void votesPolledAndPostalBallotsAddUpToThePublishedTotals() {
    SeatTally tally = Bundled.tally("ls-2024");

    assertThat(tally.totalVotes()).hasValue(645_363_445L);
    assertThat(tally.postalVotes()).hasValue(3_744_508L);
  }

  @Test
  void biharsFortySeatsSplitAsPublished() {
    SeatTally bihar = Bundled.tally("ls-2024", "S04");

    assertThat(bihar.seats()).isEqualTo(40);
    SeatsAssert.assertSeats(bihar, Bundled.registries().parties(), BIHAR);
  }

  @Test
  void faizabadWentToTheSamajwadiPartyBy54567Votes() {
    Contest faizabad = contest("S24", 54);
    ResultSheet sheet = ResultSheet.of(faizabad);

    assertThat(faizabad.name()).isEqualTo("FAIZABAD");
    assertThat(sheet.winners())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.name()).isEqualTo("AWADHESH PRASAD");
              assertThat(w.party()).isEqualTo(PartyId.of("SP"));
            });
    assertThat(sheet.runnerUp())
        .hasValueSatisfying(
            r -> {
              assertThat(r.name()).isEqualTo("LALLU SINGH");
              assertThat(r.party()).isEqualTo(PartyId.of("BJP"));
            });
    assertThat(sheet.margin()).hasValue(54_567);
  }

  @Test
  void suratWasUncontestedAndCountsAsABjpSeatWithoutVotes() {
    Contest surat = contest("S06", 24);

    assertThat(surat.outcome())
        .isInstanceOfSatisfying(
            Uncontested.class, u -> assertThat(u.returned().party()).isEqualTo(PartyId.of("BJP")));
    assertThat(ResultSheet.of(surat).totalVotes()).isEmpty();
    SeatTally gujarat = Bundled.tally("ls-2024", "S06");
    assertThat(gujarat.won(PartyId.of("BJP"))).isEqualTo(25);
  }

  @Test
  void
      assamAndJammuKashmirAndLadakhVotedInTheirNewOrdersRenumberedStatesInTheirActsAndTheRestIn2008() {
    assertThat(Bundled.contests("ls-2024"))
        .allSatisfy(
            c -> {
              String state = c.constituency().state().value();
              int expected =
                  switch (state) {
                    case "S03" -> 2023;
                    case "U08", "U09" -> 2022;
                    case "S01" -> 2014;
                    case "U03" -> 2020;
                    default -> 2008;
                  };
              assertThat(c.constituency().delimitation().year()).as(c.name()).isEqualTo(expected);
            });
  }

  @Test
  void twoCandidatesOfOneNameInOneSeatStayTwoCandidates() {
    // Chennai Central 2024 had two candidates named S.SATHISH KUMAR: told apart by ballot serial.
    var polled = (org.janadesh.core.result.Polled) contest("S22", 4).outcome();

    assertThat(polled.candidates())
        .filteredOn(c -> c.candidate().name().equals("S.SATHISH KUMAR"))
        .extracting(c -> c.candidate().serial())
        .hasSize(2)
        .doesNotHaveDuplicates();
  }

  private static Contest contest(String state, int number) {
    return Bundled.contests("ls-2024").stream()
        .filter(
            c ->
                c.constituency().state().equals(StateCode.of(state))
                    && c.constituency().number() == number)
        .findFirst()
        .orElseThrow();
  }
}
