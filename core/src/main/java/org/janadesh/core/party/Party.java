package org.janadesh.core.party;

import java.util.List;

/** A party with its canonical id, its name, and every other spelling sources use for it. */
public record Party(PartyId id, String name, PartyKind kind, List<String> aliases) {
  public Party {
    if (name.isBlank()) {
      throw new IllegalArgumentException("party " + id + " has a blank name");
    }
    aliases = List.copyOf(aliases);
  }
}
