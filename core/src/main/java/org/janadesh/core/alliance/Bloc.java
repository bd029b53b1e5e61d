package org.janadesh.core.alliance;

import java.util.Set;
import java.util.TreeSet;
import org.janadesh.core.party.PartyId;

/**
 * Parties counted as one, in any election: a named group such as "Left" (CPI(M), CPI, CPI(ML)L,
 * RSP, AIFB) or a user's ad-hoc group (ALL-6). Members are kept sorted so that a bloc prints the
 * same way every time.
 */
public record Bloc(String name, Set<PartyId> members) {
  public Bloc {
    if (name.isBlank()) {
      throw new IllegalArgumentException("ALL-6: a bloc needs a name");
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("ALL-6: bloc " + name + " has no member party");
    }
    members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
  }

  /** A bloc named after its members, as the CLI names an ad-hoc group: {@code CPI(M)+CPI}. */
  public static Bloc of(java.util.List<PartyId> members) {
    return new Bloc(
        String.join("+", members.stream().distinct().map(PartyId::value).toList()),
        Set.copyOf(members));
  }

  /** Maps a member to the bloc's name and every other party to itself (CMP-5, HIS-1). */
  public String subjectOf(PartyId party) {
    return members.contains(party) ? name : party.value();
  }
}
