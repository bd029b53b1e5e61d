package org.janadesh.core.result;

import java.util.List;

/**
 * What is on record for a contest: a poll with votes, an uncontested return (no votes, still a seat
 * won), or only the winners (the 1952 and 1957 Lok Sabha data).
 */
public sealed interface Outcome permits Polled, Uncontested, WinnersOnly {
  /** The candidates returned: one for a single-member seat, two for a 1950s two-member seat. */
  List<Candidate> winners();
}
