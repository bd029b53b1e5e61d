package org.janadesh.ingest.counting;

import java.time.Instant;
import org.janadesh.core.geography.StateCode;

/** What the state-wise page said of one constituency at one scrape. */
record LeadSnapshot(
    long line,
    StateCode state,
    int pc,
    Instant published,
    LeadStatus status,
    String leadingCandidate,
    String leadingParty,
    long margin) {

  /** The status column of the state-wise page. */
  enum LeadStatus {
    IN_PROGRESS,
    DECLARED,
    UNCONTESTED
  }
}
