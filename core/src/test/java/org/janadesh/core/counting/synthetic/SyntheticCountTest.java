package org.janadesh.core.counting.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.fixture.Fixtures.GUJARAT;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.time.Instant;
import java.util.List;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

class SyntheticCountTest {
  private static final Instant START = Instant.parse("2024-06-04T02:30:00Z");
  private static final Contest FAIZABAD = Fixtures.faizabad();

  @Test
  void theSameSeedGivesTheSameDayAndAnotherSeedAnother() {
    assertThat(SyntheticCount.of(FAIZABAD, 7, START))
        .isEqualTo(SyntheticCount.of(FAIZABAD, 7, START));
    assertThat(SyntheticCount.of(FAIZABAD, 7, START))
        .isNotEqualTo(SyntheticCount.of(FAIZABAD, 8, START));
  }

  @Test
  void postalFirstThenRoundsEndingAtTheOfficialFiguresThenTheDeclaration() {
    List<Submission> day = SyntheticCount.of(FAIZABAD, 1, START, 22);

    assertThat(day).hasSize(1 + 22 + 1);
    assertThat(day.get(0).update()).isInstanceOf(CountingUpdate.PostalCounted.class);
    CountingUpdate.RoundCounted last = (CountingUpdate.RoundCounted) day.get(22).update();
    assertThat(last.round()).isEqualTo(22);
    assertThat(last.evm().votes(1)).isEqualTo(553_549);
    assertThat(last.evm().nota()).isEqualTo(7_529);
    assertThat(last.total()).isNotNull();
    assertThat(day.get(23).update()).isEqualTo(new CountingUpdate.ResultDeclared(1, false, false));
    assertThat(day).extracting(Submission::received).isSorted();
  }

  @Test
  void roundsAreSizedFromTheEvmVotes() {
    List<Submission> day = SyntheticCount.of(FAIZABAD, 3, START);
    int rounds = ((CountingUpdate.RoundCounted) day.get(1).update()).rounds();

    // 1,114,427 EVM votes at about 50,000 a round, give or take two.
    assertThat(rounds).isBetween(20, 24);
  }

  @Test
  void aTieIsDeclaredByDrawOfLots() {
    Contest tie =
        contest(UP, 1, "SAHARANPUR")
            .candidate("A", "BJP", 100, 0)
            .candidate("B", "SP", 100, 0)
            .winner(2)
            .polled();

    List<Submission> day = SyntheticCount.of(tie, 1, START, 2);

    assertThat(day.get(day.size() - 1).update())
        .isEqualTo(new CountingUpdate.ResultDeclared(2, false, true));
  }

  @Test
  void onlyAPollWithVotesSplitByModeCanBeReplayed() {
    Contest surat = contest(GUJARAT, 24, "SURAT").uncontested("MUKESH DALAL", "BJP");
    Contest totals =
        contest(UP, 2, "KAIRANA").candidate("A", "SP", 10).candidate("B", "BJP", 5).polled();

    assertThatThrownBy(() -> SyntheticCount.of(surat, 1, START)).hasMessageContaining("no poll");
    assertThatThrownBy(() -> SyntheticCount.of(totals, 1, START))
        .hasMessageContaining("EVM and postal");
    assertThatThrownBy(() -> SyntheticCount.of(FAIZABAD, 1, START, 0))
        .hasMessageContaining("one round");
  }
}
