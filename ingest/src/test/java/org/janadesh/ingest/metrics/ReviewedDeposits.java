package org.janadesh.ingest.metrics;

import java.util.List;

/**
 * Candidates whose deposit the law (DEP-1, NOTA left out of the total by DEP-2) keeps but TCPD
 * marks lost, reviewed by hand. In each, the candidate's votes exceed one-sixth of the candidates'
 * votes but not one-sixth of candidates' votes plus NOTA, which TCPD uses (DEP-6). Year | TCPD
 * state | PC | candidate.
 */
final class ReviewedDeposits {
  private ReviewedDeposits() {}

  static final List<String> NOTA_MOVES_THE_LINE =
      List.of(
          // Telugu Desam, 183,352 of 1,096,580 candidates' votes (> 1/6); 1,108,968 with NOTA
          "2014|Andhra_Pradesh|12|BAKKANI NARSIMLU",
          // JD(U), 131,828 of 790,348; 809,378 with NOTA
          "2014|Bihar|38|JITAN RAM MANJHI",
          // JMM, 172,984 of 1,029,882; 1,053,399 with NOTA
          "2014|Odisha|5|DEBASHIS MARNDI",
          // AAAP, 173,376 of 1,038,074; 1,042,699 with NOTA
          "2014|Punjab|1|SUCHA SINGH CHHOTEPUR",
          // BSP, 200,176 of 1,196,977; 1,201,603 with NOTA
          "2014|Uttar_Pradesh|33|BRAJESH PATHAK",
          // INC, 172,082 of 1,026,459; 1,037,151 with NOTA
          "2019|Uttar_Pradesh|19|RAJ BABBAR");
}
