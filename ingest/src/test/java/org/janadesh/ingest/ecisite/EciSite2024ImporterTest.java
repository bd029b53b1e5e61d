package org.janadesh.ingest.ecisite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class EciSite2024ImporterTest {
  private static final String FILE = "hand-made.csv";

  private static ImportResult importText(String text) {
    return new EciSiteImporter(EciSiteEdition.LS_2024, TestRegistries.small())
        .importFrom(FILE, Csv.stream(text));
  }

  private static EciRows faizabad() {
    return new EciRows()
        .faizabad(1, "AWADHESH PRASAD", "Samajwadi Party", "551000", "3289", "554289")
        .faizabad(2, "LALLU SINGH", "Bharatiya Janata Party", "497000", "2722", "499722")
        .faizabad(3, "NOTA", "None of the Above", "4000", "10", "4010");
  }

  @Test
  void aValidContestBecomesAPolledContestWithNotaApartFromTheCandidates() {
    ImportResult result = importText(faizabad().text());

    assertThat(result.rejections()).isEmpty();
    assertThat(result.rowsRead()).isEqualTo(3);
    Contest contest = result.batch().contests().getFirst();
    assertThat(contest.election()).isEqualTo(ElectionId.of("ls-2024"));
    assertThat(contest.constituency())
        .isEqualTo(
            new ConstituencyId(House.LOK_SABHA, StateCode.of("S24"), 54, Delimitation.of(2008)));
    Polled polled = (Polled) contest.outcome();
    assertThat(polled.candidates()).hasSize(2);
    assertThat(polled.nota()).isEqualTo(Votes.ByMode.of(4000, 10));
    assertThat(polled.winner().candidate().party()).isEqualTo(PartyId.of("SP"));
    assertThat(polled.margin()).hasValue(54_567);
    assertThat(polled.complete()).isTrue();
    assertThat(result.batch().elections().getFirst().name()).isEqualTo("Lok Sabha 2024");
  }

  @Test
  void aRowWhoseTotalIsNotEvmPlusPostalIsRejectedWithTheSum() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Samajwadi Party", "100", "5", "104")
                .faizabad(2, "B", "Bharatiya Janata Party", "50", "0", "50")
                .text());

    assertThat(result.rejections())
        .contains(
            new Rejection(
                FILE,
                2,
                "total_votes",
                "RES-6: evm_votes + postal_votes = 100 + 5 ≠ total_votes 104"));
    assertThat(result.batch().contests()).isEmpty();
  }

  @Test
  void anUnknownPartyIsRejectedNamingTheParty() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Samajwadi Party", "100", "5", "105")
                .faizabad(2, "B", "Jan Kalyan Morcha of Nowhere", "50", "0", "50")
                .text());

    assertThat(result.rejections())
        .filteredOn(r -> r.field().equals("party"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo(FILE);
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason()).contains("unknown party 'Jan Kalyan Morcha of Nowhere'");
            });
  }

  @Test
  void anUnknownStateCodeIsRejected() {
    ImportResult result =
        importText(
            new EciRows()
                .row("S77", "Atlantis", 1, "CAPITAL", 1, "A", "Samajwadi Party", "1", "0", "1")
                .text());

    assertThat(result.rejections())
        .contains(
            new Rejection(
                FILE,
                2,
                "state_code",
                "unknown state code 'S77' in 2024 (not in the state registry)"));
  }

  @Test
  void aStateNameThatMeansAnotherCodeIsRejected() {
    ImportResult result =
        importText(
            new EciRows()
                .row("S24", "Kerala", 54, "FAIZABAD", 1, "A", "Samajwadi Party", "1", "0", "1")
                .text());

    assertThat(result.rejections())
        .extracting(Rejection::field, Rejection::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "state_name",
                "state name 'Kerala' is S11 in the registry, but the row's code is S24"));
  }

  @Test
  void nonNumericVotesAreRejectedQuotingTheCell() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Samajwadi Party", "1O0", "5", "105")
                .faizabad(2, "B", "Bharatiya Janata Party", "50", "0", "50")
                .text());

    assertThat(result.rejections())
        .contains(new Rejection(FILE, 2, "evm_votes", "evm_votes is not a whole number: '1O0'"));
  }

  @Test
  void aFileMissingAColumnIsRejectedAsAWholeAtItsHeader() {
    String header = EciRows.HEADER.replace(",postal_votes", "");
    ImportResult result =
        importText(Csv.lines(header, "2024,S24,Uttar Pradesh,UTTAR PRADESH,54,FAIZABAD,1,A"));

    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo(FILE);
              assertThat(r.line()).isEqualTo(1);
              assertThat(r.field()).isEqualTo("postal_votes");
              assertThat(r.reason()).startsWith("the header has no column 'postal_votes'");
            });
    assertThat(result.batch().contests()).isEmpty();
  }

  @Test
  void aContestWithOneBadRowIsDroppedEntirelyWhileOtherContestsImport() {
    ImportResult result =
        importText(
            faizabad()
                .row("S24", "Uttar Pradesh", 55, "BASTI", 1, "C", "Samajwadi Party", "9", "1", "10")
                .row(
                    "S24",
                    "Uttar Pradesh",
                    55,
                    "BASTI",
                    2,
                    "D",
                    "Bharatiya Janata Party",
                    "9",
                    "x",
                    "9")
                .text());

    assertThat(result.batch().contests())
        .extracting(c -> c.constituency().number())
        .containsExactly(54);
    assertThat(result.rejections())
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6L, "postal_votes"),
            org.assertj.core.groups.Tuple.tuple(5L, "contest"));
    assertThat(result.rejections().getLast().reason())
        .isEqualTo("contest 'ls-2024 S24 PC 55 BASTI' not imported; its rows: 2, problems: 1");
    assertThat(result.rejectedByReason())
        .containsEntry("postal_votes is not a whole number: '…'", 1)
        .containsEntry("contest '…' not imported; its rows: N, problems: N", 1);
  }

  @Test
  void anUncontestedReturnIsASeatWithoutVotes() {
    ImportResult result =
        importText(
            new EciRows()
                .raw(
                    "2024,S06,Gujarat,GUJARAT,24,SURAT,1,MUKESHKUMAR CHANDRAKAANT DALAL,"
                        + "Bharatiya Janata Party,BJP,,,,,1,True,,False,True,False")
                .text());

    assertThat(result.rejections()).isEmpty();
    Contest surat = result.batch().contests().getFirst();
    assertThat(surat.outcome())
        .isInstanceOfSatisfying(
            Uncontested.class, u -> assertThat(u.returned().party()).isEqualTo(PartyId.of("BJP")));
  }

  @Test
  void anUncontestedReturnBesideOtherCandidatesIsRejected() {
    ImportResult result =
        importText(
            new EciRows()
                .raw(
                    "2024,S06,Gujarat,GUJARAT,24,SURAT,1,DALAL,Bharatiya Janata Party,BJP,,,,,1,True,,False,True,False")
                .row("S06", "Gujarat", 24, "SURAT", 2, "X", "Samajwadi Party", "1", "0", "1")
                .text());

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections()).extracting(Rejection::field).contains("uncontested");
  }

  @Test
  void anUncontestedReturnWithVotesIsRejectedQuotingEachCell() {
    ImportResult result =
        importText(
            new EciRows()
                .raw(
                    "2024,S06,Gujarat,GUJARAT,24,SURAT,1,DALAL,Bharatiya Janata Party,BJP,5,,5,,1,True,,False,True,False")
                .text());

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections())
        .extracting(Rejection::field, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "evm_votes", "an uncontested return has no votes, but evm_votes is '5'"),
            org.assertj.core.groups.Tuple.tuple(
                "total_votes", "an uncontested return has no votes, but total_votes is '5'"),
            org.assertj.core.groups.Tuple.tuple(
                "contest",
                "contest 'ls-2024 S06 PC 24 SURAT' not imported; its rows: 1, problems: 2"));
  }

  @Test
  void aBadSumIsReportedBesideAnUnknownParty() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Jan Kalyan Morcha of Nowhere", "100", "5", "104")
                .text());

    assertThat(result.rejections())
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "total_votes"),
            org.assertj.core.groups.Tuple.tuple(2L, "party"),
            org.assertj.core.groups.Tuple.tuple(2L, "contest"));
  }

  @Test
  void aNotaLineIsNotAskedForAParty() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Samajwadi Party", "100", "5", "105")
                .faizabad(2, "NOTA", "None of the Above", "4", "0", "5")
                .text());

    assertThat(result.rejections())
        .extracting(Rejection::line, Rejection::field, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3L, "total_votes", "RES-6: evm_votes + postal_votes = 4 + 0 ≠ total_votes 5"),
            org.assertj.core.groups.Tuple.tuple(
                2L,
                "contest",
                "contest 'ls-2024 S24 PC 54 FAIZABAD' not imported; its rows: 2, problems: 1"));
  }

  @Test
  void aTieForFirstPlaceIsRejectedBecauseTheLotIsNotRecorded() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Samajwadi Party", "100", "0", "100")
                .faizabad(2, "B", "Bharatiya Janata Party", "100", "0", "100")
                .text());

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections().getFirst().reason()).startsWith("tie for first place at 100");
  }

  @Test
  void twoCandidatesOnOneBallotSerialAreRejected() {
    ImportResult result =
        importText(
            new EciRows()
                .faizabad(1, "A", "Samajwadi Party", "100", "0", "100")
                .faizabad(1, "B", "Bharatiya Janata Party", "90", "0", "90")
                .text());

    assertThat(result.rejections())
        .contains(
            new Rejection(FILE, 3, "serial", "serial 1 is also on line 2 of the same contest"));
  }

  @Test
  void rowsOfAnotherYearAreRejected() {
    ImportResult result =
        importText(
            faizabad()
                .text()
                .replace(
                    "\n2024,S24,Uttar Pradesh,UTTAR PRADESH,54,FAIZABAD,1,",
                    "\n2019,S24,Uttar Pradesh,UTTAR PRADESH,54,FAIZABAD,1,"));

    assertThat(result.rejections()).extracting(Rejection::field).contains("year");
  }

  @Test
  void rowsAreGroupedByStateCodeAndNumberSoSameNamedSeatsStayApart() {
    ImportResult result =
        importText(
            new EciRows()
                .row(
                    "S24",
                    "Uttar Pradesh",
                    63,
                    "MAHARAJGANJ",
                    1,
                    "A",
                    "Bharatiya Janata Party",
                    "5",
                    "0",
                    "5")
                .row(
                    "S25",
                    "West Bengal",
                    63,
                    "MAHARAJGANJ",
                    1,
                    "B",
                    "Samajwadi Party",
                    "5",
                    "0",
                    "5")
                .text());

    List<Contest> contests = result.batch().contests();
    assertThat(contests).hasSize(2);
    assertThat(contests)
        .extracting(c -> c.constituency().state().value())
        .containsExactly("S24", "S25");
  }
}
