package org.janadesh.core.result;

import org.janadesh.core.party.PartyId;

/**
 * A candidate in one contest, identified by the serial on the ballot (or the source's order where
 * the ballot serial is unknown), never by name: one PC can have two candidates of the same name.
 */
public record Candidate(int serial, String name, PartyId party) {
  public Candidate {
    if (serial < 1) {
      throw new IllegalArgumentException("candidate serial must be 1 or more: " + serial);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("candidate " + serial + " has a blank name");
    }
  }
}
