package org.janadesh.core.counting;

import org.janadesh.core.result.Candidate;

/** A nominated candidate and the votes counted for the candidate so far (EVM + postal). */
public record Place(Candidate candidate, long votes) {}
