package org.janadesh.ingest.counting;

import java.time.Instant;
import org.janadesh.core.geography.StateCode;

/**
 * A candidate's cumulative numbers on a constituency page at one scrape, as published: the row says
 * nothing of the ballot serial, so the candidate is still a name and a party label here. {@code
 * scrape} names the scraper's run (its output file): two runs can see one page with the same
 * published time but different numbers. {@code nota} marks the NOTA row.
 */
record CandidateSnapshot(
    long line,
    StateCode state,
    int pc,
    Instant published,
    String scrape,
    String candidate,
    String party,
    boolean nota,
    long evm,
    long postal) {
  long total() {
    return evm + postal;
  }
}
