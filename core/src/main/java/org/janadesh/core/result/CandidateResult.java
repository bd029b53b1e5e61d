package org.janadesh.core.result;

/** A candidate and the votes the candidate received. */
public record CandidateResult(Candidate candidate, Votes votes) {
  public long total() {
    return votes.total();
  }
}
