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
}
