package org.janadesh.server.comparison;

import java.util.Optional;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.jspecify.annotations.Nullable;

/**
 * A comparison asked for, already parsed: the two elections, the state as each of them names it (a
 * code can change between years), parties or alliances as subjects, and an optional focus on one
 * party or one bloc (never both).
 */
public record CompareQuestion(
    Election current,
    Election previous,
    Optional<StateCode> currentState,
    Optional<StateCode> previousState,
    boolean byAlliance,
    @Nullable Bloc bloc,
    @Nullable PartyId party) {
  public CompareQuestion {
    if (bloc != null && party != null) {
      throw new IllegalArgumentException("a comparison focuses on a party or a bloc, not both");
    }
  }
}
