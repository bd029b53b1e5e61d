package org.janadesh.core.counting;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Can the trailer still catch up? {@code remainingVotes} is the estimate of votes still to count;
 * {@code trailerNeeds} the share of the remaining leader-plus-trailer votes the runner-up would
 * need to overtake; {@code trailerSoFar} the runner-up's share of the leader-plus-trailer votes
 * counted so far. Empty where there is nothing to estimate from.
 */
public record Safety(
    SafetyClass verdict,
    long margin,
    OptionalLong remainingVotes,
    OptionalDouble trailerNeeds,
    OptionalDouble trailerSoFar,
    String evidence) {}
