package org.janadesh.core.result;

import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;

/** The result of one election in one constituency, with the constituency's name as reported. */
public record Contest(
    ElectionId election, ConstituencyId constituency, String name, Outcome outcome) {
  public Contest {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "contest " + election + " " + constituency + " has no name");
    }
  }

  /** Seats this contest fills: one, or two for a 1950s two-member constituency. */
  public int seats() {
    return outcome.winners().size();
  }

  /** The parties on the ballot (or returned, where the source lists winners only). */
  public java.util.Set<org.janadesh.core.party.PartyId> parties() {
    java.util.Set<org.janadesh.core.party.PartyId> parties = new java.util.LinkedHashSet<>();
    switch (outcome) {
      case Polled p -> p.candidates().forEach(c -> parties.add(c.candidate().party()));
      case Uncontested u -> parties.add(u.returned().party());
      case WinnersOnly w -> w.winners().forEach(c -> parties.add(c.party()));
    }
    return parties;
  }
}
