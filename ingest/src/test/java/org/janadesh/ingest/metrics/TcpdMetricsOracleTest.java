package org.janadesh.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The TCPD oracle: every metric computed from our imported contests agrees with the column TCPD
 * publishes, on every row of the file (1962–2021, general and by-elections), apart from rows set
 * apart by a convention stated in docs/rules/metrics.md. The readable report is in {@code
 * target/oracle/metrics-disagreements.txt}.
 */
class TcpdMetricsOracleTest {
  private static final String UNCONTESTED =
      "uncontested return (RES-3): TCPD records a poll of one candidate with 0 votes";

  private final TcpdMetricsOracle oracle = TcpdMetricsOracle.get();

  @Test
  void everyImportedTcpdContestJoinsItsTcpdRowsOnlyKnownDefectsLeftOut() {
    assertThat(oracle.imported.rejections()).hasSize(7);
    assertThat(oracle.knownDefectContests).containsExactlyInAnyOrder(64_843L, 64_844L, 64_846L);
    assertThat(oracle.joinFailures).isEmpty();
    assertThat(oracle.contestsJoined).isEqualTo(oracle.imported.batch().contests().size());
    // 91,669 rows less the 4 of the three known-defect contests
    assertThat(oracle.rowsJoined).isEqualTo(91_665);
  }

  @Test
  void met8MarginAndMarginPercentAgreeOnEveryRow() {
    assertThat(oracle.margin.disagreements).isEmpty();
    assertThat(oracle.marginPercent.disagreements).isEmpty();
    assertThat(oracle.margin.agree).isGreaterThan(80_000);
  }

  @Test
  void met1AndMet2AgreeWithTheWinnersRows() {
    assertThat(oracle.winnerMargin.disagreements).isEmpty();
    assertThat(oracle.winnerMarginPercent.disagreements).isEmpty();
    assertThat(oracle.winnerMargin.agree).isGreaterThan(8_000);
  }

  @Test
  void met3VoteShareAgreesOnEveryRow() {
    assertThat(oracle.voteShare.disagreements).isEmpty();
    assertThat(oracle.voteShare.agree).isGreaterThan(91_000);
  }

  @Test
  void met4TurnoutAgreesOnEveryRowWithElectors() {
    assertThat(oracle.turnout.disagreements).isEmpty();
    assertThat(oracle.turnout.apart).containsEntry("electors unknown: TCPD nan, ours empty", 20);
  }

  @Test
  void dep6DepositLostAgreesOnEveryCandidateRowUnderTcpdsBase() {
    assertThat(oracle.depositTcpdBase.disagreements).isEmpty();
    assertThat(oracle.depositTcpdBase.apart)
        .containsOnlyKeys("NOTA row: TCPD blank, NOTA is not a candidate", UNCONTESTED);
  }

  @Test
  void res3TcpdsZeroVotePollsOfOneCandidateAreUncontestedReturnsSetApartInEveryColumn() {
    assertThat(oracle.voteShare.apart)
        .containsOnly(org.assertj.core.api.Assertions.entry(UNCONTESTED, 16));
    assertThat(oracle.enopWithinTenth.apart).containsEntry(UNCONTESTED, 16);
  }

  @Test
  void dep2TheLawDiffersFromTcpdOnExactlyTheReviewedRows() {
    assertThat(oracle.lawDiffers)
        .containsExactlyInAnyOrderElementsOf(ReviewedDeposits.NOTA_MOVES_THE_LINE);
  }

  @Test
  void met7EnopIsWithinATenthOfTcpdsOnAtLeast93PercentOfContests() {
    double within = (double) oracle.enopWithinTenth.agree / oracle.enopWithinTenth.compared();
    assertThat(within).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void met7TcpdsEnopIsReproducedExactlyFromRoundedSharesWithEachSquareRounded() {
    assertThat(oracle.enopTcpdRecipe.disagreements).isEmpty();
  }

  @Test
  void theDisagreementReportIsWritten() throws Exception {
    assertThat(Files.readString(TcpdMetricsOracle.REPORT)).contains("Vote_Share_Percentage");
  }
}
