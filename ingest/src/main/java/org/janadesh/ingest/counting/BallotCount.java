package org.janadesh.ingest.counting;

import java.time.Instant;
import org.janadesh.core.geography.ConstituencyId;

/**
 * A candidate's (or NOTA's) cumulative numbers at one scrape, now tied to the ballot: {@code
 * serial} is the candidate's serial on the ECI page, or {@link #NOTA} for the NOTA row; {@code
 * scrape} the scraper's run that saw it.
 */
record BallotCount(
    long line,
    ConstituencyId constituency,
    Instant published,
    String scrape,
    int serial,
    long evm,
    long postal) {
  static final int NOTA = 0;

  boolean nota() {
    return serial == NOTA;
  }
}
