package org.janadesh.core.tally;

import java.util.OptionalDouble;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Votes;

/** A candidate's line on a result sheet: rank, votes and share of all votes polled. */
public record CandidateLine(int rank, Candidate candidate, Votes votes, OptionalDouble share) {}
