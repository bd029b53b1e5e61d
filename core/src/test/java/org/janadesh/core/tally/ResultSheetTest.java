package org.janadesh.core.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.fixture.Fixtures.GUJARAT;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import org.assertj.core.data.Offset;
import org.janadesh.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

class ResultSheetTest {
  @Test
  void theSheetRanksCandidatesAndGivesSharesOfAllVotesIncludingNota() {
    ResultSheet sheet = ResultSheet.of(Fixtures.faizabad());

    assertThat(sheet.lines()).extracting(CandidateLine::rank).containsExactly(1, 2, 3);
    assertThat(sheet.winners()).extracting(c -> c.name()).containsExactly("AWADHESH PRASAD");
    assertThat(sheet.runnerUp()).map(c -> c.name()).contains("LALLU SINGH");
    assertThat(sheet.margin()).hasValue(54_567);
    double sum =
        sheet.lines().stream().mapToDouble(l -> l.share().orElseThrow()).sum()
            + sheet.notaShare().orElseThrow();
    assertThat(sum).isCloseTo(100.0, Offset.offset(1e-9));
    assertThat(sheet.totalVotes()).hasValue(554_289 + 499_722 + 46_407 + 7_536);
  }

  @Test
  void anUncontestedSheetHasAWinnerAndNothingElse() {
    ResultSheet sheet = ResultSheet.of(contest(GUJARAT, 24, "SURAT").uncontested("DALAL", "BJP"));

    assertThat(sheet.winners()).hasSize(1);
    assertThat(sheet.lines()).isEmpty();
    assertThat(sheet.margin()).isEmpty();
    assertThat(sheet.nota()).isNull();
  }

  @Test
  void aWinnersOnlySheetListsTheWinners() {
    assertThat(ResultSheet.of(contest(UP, 3, "OLD").winnersOnly("INC", "SP")).winners()).hasSize(2);
  }

  @Test
  void aPartialRecordShowsNoShares() {
    ResultSheet sheet =
        ResultSheet.of(
            contest(UP, 3, "X")
                .candidate("A", "SP", 10)
                .candidate("B", "BJP", 4)
                .incomplete()
                .polled());

    assertThat(sheet.lines()).allSatisfy(l -> assertThat(l.share()).isEmpty());
    assertThat(sheet.totalVotes()).isEmpty();
  }
}
