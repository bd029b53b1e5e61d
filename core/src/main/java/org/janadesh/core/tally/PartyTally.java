package org.janadesh.core.tally;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.janadesh.core.party.PartyId;

/**
 * One party's line in a tally. {@code votes} is empty where the record has no votes (winners-only
 * years); {@code voteShare} (percent of all votes polled, NOTA included) is empty where the record
 * does not list every candidate.
 */
public record PartyTally(
    PartyId party, String name, int won, OptionalLong votes, OptionalDouble voteShare) {}
