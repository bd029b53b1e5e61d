package org.janadesh.ingest.ecisite;

import static org.assertj.core.api.Assertions.assertThat;

import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class EciSite2019ImporterTest {
  private static final String HEADER =
      "year,state_code,state_name,pc_no,pc_name,osn,candidate,party,evm_votes,postal_votes,"
          + "total_votes,other_votes_not_in_evm_or_postal,vote_share_pct_eci,rank,is_winner,is_nota";

  private static ImportResult importText(String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return new EciSiteImporter(EciSiteEdition.LS_2019, TestRegistries.small())
        .importFrom("hand-made-2019.csv", Csv.stream(Csv.lines(lines)));
  }

  @Test
  void kashmiriMigrantVotesAreKeptApartFromEvmAndPostal() {
    ImportResult result =
        importText(
            "2019,S09,Jammu & Kashmir,3,Anantnag,1,A,Indian National Congress,1000,10,1050,40,,,,False",
            "2019,S09,Jammu & Kashmir,3,Anantnag,2,B,Bharatiya Janata Party,500,5,505,0,,,,False",
            "2019,S09,Jammu & Kashmir,3,Anantnag,3,NOTA,None of the Above,20,0,20,0,,,,True");

    assertThat(result.rejections()).isEmpty();
    Polled polled = (Polled) result.batch().contests().getFirst().outcome();
    assertThat(polled.winner().votes()).isEqualTo(new Votes.ByMode(1000, 10, 40));
    assertThat(polled.totalVotes()).isEqualTo(1575);
    assertThat(result.batch().contests().getFirst().constituency().delimitation())
        .isEqualTo(Delimitation.of(2008));
  }

  @Test
  void aTotalThatIsNotEvmPlusPostalPlusOtherIsRejected() {
    ImportResult result =
        importText(
            "2019,S09,Jammu & Kashmir,3,Anantnag,1,A,Indian National Congress,1000,10,1050,30,,,,False");

    assertThat(result.rejections())
        .contains(
            new Rejection(
                "hand-made-2019.csv",
                2,
                "total_votes",
                "RES-6: evm_votes + postal_votes + other_votes_not_in_evm_or_postal = 1000 + 10 + 30"
                    + " ≠ total_votes 1050"));
  }

  @Test
  void aBadSumIsReportedBesideAnUnknownParty() {
    ImportResult result =
        importText(
            "2019,S09,Jammu & Kashmir,3,Anantnag,1,A,Jan Kalyan Morcha of Nowhere,1000,10,1050,30,,,,False");

    assertThat(result.rejections())
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "total_votes"),
            org.assertj.core.groups.Tuple.tuple(2L, "party"),
            org.assertj.core.groups.Tuple.tuple(2L, "contest"));
  }

  @Test
  void theContestLabelNamesTheElectionStateAndSeat() {
    ImportResult result =
        importText(
            "2019,S09,Jammu & Kashmir,3,Anantnag,1,A,Indian National Congress,1000,10,1050,30,,,,False");

    assertThat(result.rejections().getLast().reason())
        .isEqualTo("contest 'ls-2019 S09 PC 3 Anantnag' not imported; its rows: 1, problems: 1");
  }

  @Test
  void theSeatsListedIncludeSeatsWhoseRowsDoNotImport() {
    String text =
        Csv.lines(
            HEADER,
            "2019,S24,Uttar Pradesh,54,Faizabad,1,A,Unknown Front,1,0,1,0,,,,False",
            "2019,S22,Tamil Nadu,9,Krishnagiri,1,B,Bharatiya Janata Party,1,0,1,0,,,,False");

    assertThat(EciSiteImporter.seatsListed(EciSiteEdition.LS_2019, "x.csv", Csv.stream(text)))
        .containsExactly(
            new ConstituencyId(House.LOK_SABHA, StateCode.of("S22"), 9, Delimitation.of(2008)),
            new ConstituencyId(House.LOK_SABHA, StateCode.of("S24"), 54, Delimitation.of(2008)));
  }
}
