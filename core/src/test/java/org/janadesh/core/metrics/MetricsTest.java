package org.janadesh.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.metrics.Polls.poll;

import java.math.BigDecimal;
import org.janadesh.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

class MetricsTest {
  /** Andaman & Nicobar 2019 as TCPD has it: the top two, the other 14 lines summed into one. */
  private static Polls andaman2019() {
    return poll()
        .candidate("KULDEEP RAI SHARMA", 95_308)
        .candidate("VISHAL JOLLY", 93_901)
        .candidate("THE OTHER FOURTEEN", 16_675)
        .nota(1_412)
        .electors(318_471);
  }

  @Test
  void met1AndMet2MarginAndMarginPercentOfAllVotesPolledIncludingNota() {
    ContestMetrics m = Metrics.of(andaman2019().contest());

    assertThat(m.margin()).hasValue(1_407);
    // TCPD: 1407 / 207296 = 0.68
    assertThat(m.marginPercent()).contains(new BigDecimal("0.68"));
    assertThat(m.totalVotes()).hasValue(207_296);
  }

  @Test
  void met3SharesAreRoundedHalfUpToTwoDecimals() {
    ContestMetrics m = Metrics.of(andaman2019().contest());

    assertThat(m.candidates().get(0).share()).contains(new BigDecimal("45.98"));
    assertThat(m.candidates().get(1).share()).contains(new BigDecimal("45.30"));
    assertThat(Percent.of(1, 8)).contains(new BigDecimal("12.50"));
    assertThat(Percent.of(1, 800)).as("0.125 rounds half up").contains(new BigDecimal("0.13"));
    assertThat(Percent.of(5, 0)).isEmpty();
  }

  @Test
  void met4TurnoutIsVotesForCandidatesAndNotaOverElectors() {
    assertThat(Metrics.of(andaman2019().contest()).turnoutPercent())
        .contains(new BigDecimal("65.09"));
    assertThat(Metrics.of(poll().candidate("A", 10).candidate("B", 5).contest()).turnoutPercent())
        .as("electors unknown")
        .isEmpty();
  }

  @Test
  void met5NotaShareOnlyWhereNotaIsOnRecord() {
    assertThat(Metrics.of(andaman2019().contest()).notaShare()).contains(new BigDecimal("0.68"));
    assertThat(Metrics.of(poll().candidate("A", 10).candidate("B", 5).contest()).nota()).isEmpty();
  }

  @Test
  void met6CountsCandidatesNotNota() {
    assertThat(Metrics.of(andaman2019().contest()).candidateCount()).hasValue(3);
  }

  @Test
  void met7EnopIsOneOverTheSumOfSquaredSharesWithNotaAsAPlace() {
    // 50/50: two effective parties; 60/30/10: 1 / (0.36 + 0.09 + 0.01) = 2.17
    assertThat(Metrics.of(poll().candidate("A", 50).candidate("B", 50).winner(1).contest()).enop())
        .contains(new BigDecimal("2.00"));
    assertThat(Metrics.of(poll().candidate("A", 60).candidate("B", 30).nota(10).contest()).enop())
        .contains(new BigDecimal("2.17"));
  }

  @Test
  void met8EachPlaceLeadsTheNextWithNotaAsAPlaceAndTheLastLeadsNobody() {
    ContestMetrics m =
        Metrics.of(
            poll().candidate("A", 60).candidate("B", 30).candidate("C", 5).nota(10).contest());

    assertThat(m.candidates().get(0).leadOverNext()).hasValue(30);
    assertThat(m.candidates().get(1).leadOverNext()).as("B leads NOTA").hasValue(20);
    assertThat(m.nota().orElseThrow().leadOverNext()).hasValue(5);
    assertThat(m.candidates().get(2).leadOverNext()).as("last place").isEmpty();
    assertThat(m.candidates().get(1).leadOverNextPercent()).contains(new BigDecimal("19.05"));
  }

  @Test
  void met8TiedPlacesLeadEachOtherByZeroInBallotOrder() {
    ContestMetrics m =
        Metrics.of(
            poll().candidate("A", 60).candidate("B", 20).candidate("C", 20).nota(20).contest());

    assertThat(m.candidates())
        .extracting(c -> c.leadOverNext().orElse(-1))
        .containsExactly(40L, 0L, 0L);
    assertThat(m.nota().orElseThrow().leadOverNext()).isEmpty();
  }

  @Test
  void depositsAreMarkedPerCandidateUnderTheLaw() {
    ContestMetrics m = Metrics.of(andaman2019().contest());

    assertThat(m.candidates())
        .extracting(CandidateMetrics::depositForfeited)
        .containsExactly(false, false, true);
  }

  @Test
  void anUncontestedReturnHasOneCandidateWhoKeepsTheDepositAndNothingElse() {
    ContestMetrics m =
        Metrics.of(Fixtures.contest(Fixtures.GUJARAT, 24, "SURAT").uncontested("DALAL", "BJP"));

    assertThat(m.candidateCount()).hasValue(1);
    assertThat(m.candidates())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.votes()).isEmpty();
              assertThat(c.share()).isEmpty();
              assertThat(c.deposit().orElseThrow().ruleId()).isEqualTo("DEP-5");
            });
    assertThat(m.margin()).isEmpty();
    assertThat(m.turnoutPercent()).isEmpty();
    assertThat(m.enop()).isEmpty();
  }

  @Test
  void aWinnersOnlyRecordGivesNothing() {
    ContestMetrics m = Metrics.of(Fixtures.contest(Fixtures.UP, 3, "OLD").winnersOnly("INC", "SP"));

    assertThat(m.candidates()).isEmpty();
    assertThat(m.candidateCount()).isEmpty();
    assertThat(m.margin()).isEmpty();
    assertThat(m.notaShare()).isEmpty();
  }

  @Test
  void aPartialRecordGivesTheMarginButNoShareTurnoutEnopOrLoserDeposit() {
    ContestMetrics m =
        Metrics.of(
            poll()
                .candidate("A", 500)
                .candidate("B", 300)
                .candidate("C", 10)
                .nota(5)
                .electors(2_000)
                .partial()
                .contest());

    assertThat(m.margin()).hasValue(200);
    assertThat(m.marginPercent()).isEmpty();
    assertThat(m.turnoutPercent()).isEmpty();
    assertThat(m.enop()).isEmpty();
    assertThat(m.candidateCount()).isEmpty();
    assertThat(m.notaShare()).isEmpty();
    assertThat(m.candidate(3).orElseThrow().deposit()).isEmpty();
    assertThat(m.candidate(3).orElseThrow().leadOverNext()).isEmpty();
    assertThat(m.candidate(1).orElseThrow().depositForfeited()).isFalse();
  }

  @Test
  void aPollWithNoVotesHasNoSharesNorEnopButTurnoutZero() {
    ContestMetrics m = Metrics.of(poll().candidate("ONLY", 0).electors(1_000).contest());

    assertThat(m.candidates().get(0).share()).isEmpty();
    assertThat(m.enop()).isEmpty();
    assertThat(m.margin()).isEmpty();
    assertThat(m.turnoutPercent()).contains(new BigDecimal("0.00"));
  }
}
