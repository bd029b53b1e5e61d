package org.janadesh.ingest.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.janadesh.core.election.Election;
import org.janadesh.core.geography.House;
import org.janadesh.core.result.Polled;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class AssemblyImporterTest {
  private static final String HEADER =
      "state,year,ac_no,ac_name,ac_type,district,electors,valid_votes,turnout_pct,enop,"
          + "n_candidates,position,candidate,party_tcpd,votes,vote_share_pct,margin,margin_pct,"
          + "sex,age,deposit_lost,record_note";

  private static ImportResult importText(String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return new AssemblyImporter(TestRegistries.small())
        .importFrom("ae.csv", Csv.stream(Csv.lines(lines)));
  }

  @Test
  void anAssemblyContestIsCompleteWithoutNotaAndBelongsToTheStatesElection() {
    ImportResult result =
        importText(
            "Kerala,2021,1,MANJESHWAR,GEN,KASARAGOD,200000,,,,,1,A,INC,600,,,,M,50,False,",
            "Kerala,2021,1,MANJESHWAR,GEN,KASARAGOD,200000,,,,,3,B,CPM,500,,,,M,50,False,");

    assertThat(result.rejections()).isEmpty();
    Election election = result.batch().elections().getFirst();
    assertThat(election.id().value()).isEqualTo("ae-kl-2021");
    assertThat(election.name()).isEqualTo("Kerala Legislative Assembly 2021");
    var contest = result.batch().contests().getFirst();
    assertThat(contest.constituency().house()).isEqualTo(House.VIDHAN_SABHA);
    Polled polled = (Polled) contest.outcome();
    assertThat(polled.nota()).isNull();
    assertThat(polled.complete()).isTrue();
    assertThat(polled.electors()).isEqualTo(200_000L);
    assertThat(polled.ranked().get(1).candidate().party().value()).isEqualTo("CPI(M)");
  }

  @Test
  void blankElectorsAreUnknownNotZero() {
    ImportResult result =
        importText("Kerala,2021,1,MANJESHWAR,GEN,KASARAGOD,,,,,,1,A,INC,600,,,,M,50,False,");

    assertThat(((Polled) result.batch().contests().getFirst().outcome()).electors()).isNull();
  }

  @Test
  void anAssemblyYearWithoutAKnownDelimitationOrderIsRejected() {
    ImportResult result =
        importText("Kerala,2001,1,MANJESHWAR,GEN,KASARAGOD,,,,,,1,A,INC,600,,,,M,50,False,");

    assertThat(result.rejections().getFirst())
        .isEqualTo(
            new Rejection(
                "ae.csv",
                2,
                "year",
                "no delimitation order on record for assembly elections in 2001"));
  }
}
