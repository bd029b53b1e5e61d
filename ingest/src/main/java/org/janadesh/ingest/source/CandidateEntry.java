package org.janadesh.ingest.source;

import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Votes;

/** A converted candidate row, with the line it came from for any contest-level rejection. */
public record CandidateEntry(long line, Candidate candidate, Votes votes) {
  public CandidateResult result() {
    return new CandidateResult(candidate, votes);
  }
}
