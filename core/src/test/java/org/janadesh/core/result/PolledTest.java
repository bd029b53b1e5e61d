package org.janadesh.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.util.List;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.junit.jupiter.api.Test;

class PolledTest {
  @Test
  void faizabadWasWonBy54567() {
    Polled faizabad = (Polled) Fixtures.faizabad().outcome();

    assertThat(faizabad.winner().candidate().name()).isEqualTo("AWADHESH PRASAD");
    assertThat(faizabad.runnerUp()).map(c -> c.candidate().name()).contains("LALLU SINGH");
    assertThat(faizabad.margin()).hasValue(54_567);
  }

  @Test
  void totalVotesIncludeNotaButCandidateVotesDoNot() {
    Polled faizabad = (Polled) Fixtures.faizabad().outcome();

    assertThat(faizabad.candidateVotes()).isEqualTo(554_289 + 499_722 + 46_407);
    assertThat(faizabad.totalVotes()).isEqualTo(faizabad.candidateVotes() + 7_536);
  }

  @Test
  void aDeclaredWinnerWithFewerVotesThanAnotherIsRejected() {
    assertThatThrownBy(
            () ->
                contest(UP, 1, "X")
                    .candidate("A", "SP", 10)
                    .candidate("B", "BJP", 20)
                    .winner(1)
                    .polled())
        .hasMessageContaining("RES-4")
        .hasMessageContaining("fewer than the 20");
  }

  @Test
  void onATieTheCandidateChosenByLotIsTheWinnerAndRanksFirst() {
    Polled tie =
        (Polled)
            contest(UP, 1, "X")
                .candidate("A", "SP", 10)
                .candidate("B", "BJP", 10)
                .winner(2)
                .polled()
                .outcome();

    assertThat(tie.ranked().get(0).candidate().name()).isEqualTo("B");
    assertThat(tie.margin()).hasValue(0);
  }

  @Test
  void aSingleCandidateHasNoRunnerUpOrMargin() {
    Polled alone = (Polled) contest(UP, 1, "X").candidate("A", "SP", 10).polled().outcome();

    assertThat(alone.runnerUp()).isEmpty();
    assertThat(alone.margin()).isEmpty();
  }

  @Test
  void ballotSerialsAreUnique() {
    Candidate a = new Candidate(1, "SELVARAJ", PartyId.of("IND"));
    Candidate b = new Candidate(1, "SELVARAJ", PartyId.of("IND"));
    List<CandidateResult> twins =
        List.of(
            new CandidateResult(a, new Votes.TotalOnly(5)),
            new CandidateResult(b, new Votes.TotalOnly(4)));
    assertThatThrownBy(() -> new Polled(twins, null, null, true, 1))
        .hasMessageContaining("share a ballot serial");
  }

  @Test
  void votesAreNeverNegativeAndSumByMode() {
    assertThat(new Votes.ByMode(10, 2, 3).total()).isEqualTo(15);
    assertThatThrownBy(() -> Votes.ByMode.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Votes.TotalOnly(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUncontestedReturnIsOneSeatAndATwoMemberSeatIsTwo() {
    assertThat(contest(UP, 24, "SURAT").uncontested("DALAL", "BJP").seats()).isEqualTo(1);
    assertThat(contest(UP, 2, "OLD").winnersOnly("INC", "INC").seats()).isEqualTo(2);
  }
}
