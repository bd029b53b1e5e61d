package org.janadesh.ingest.metrics;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One TCPD row as the oracle reads it: the key facts to join it to our contest, and TCPD's own
 * derived columns, kept apart from anything the product computes. A blank or {@code nan} cell is
 * empty.
 */
record TcpdDerivedRow(
    long line,
    String state,
    String year,
    String pc,
    @Nullable Long electors,
    String candidate,
    String party,
    int position,
    boolean nota,
    long votes,
    Optional<BigDecimal> margin,
    Optional<BigDecimal> marginPercent,
    Optional<BigDecimal> voteShare,
    Optional<BigDecimal> turnout,
    Optional<Boolean> depositLost,
    Optional<BigDecimal> enop) {

  String label() {
    return state + " " + year + " PC " + pc + " " + candidate + " (" + party + "), line " + line;
  }
}
