package org.janadesh.core.alliance;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;

/**
 * An alliance in one election: its national members (ALL-1) and, where its membership in a state
 * differs, that state's members (ALL-2). An empty state membership records that the alliance
 * fielded no joint slate there (Kerala 2024: INC and CPI(M) led rival fronts).
 */
public record Alliance(
    ElectionId election, String name, Set<PartyId> national, Map<StateCode, Set<PartyId>> states) {
  public Alliance {
    if (name.isBlank()) {
      throw new IllegalArgumentException("ALL-1: an alliance of " + election + " has no name");
    }
    if (name.equals(Membership.OTHERS)) {
      throw new IllegalArgumentException("ALL-4: '" + Membership.OTHERS + "' is not an alliance");
    }
    national = Set.copyOf(national);
    Map<StateCode, Set<PartyId>> copy = new TreeMap<>();
    states.forEach((state, members) -> copy.put(state, Set.copyOf(members)));
    states = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Members in a scope (ALL-2): the state's record where one exists, else the national members; the
   * whole country ({@code state} empty) always takes the national members (ALL-3).
   */
  public Set<PartyId> members(Optional<StateCode> state) {
    return state.map(s -> states.getOrDefault(s, national)).orElse(national);
  }

  /** National members that are not members in {@code state} (fought there alone or elsewhere). */
  public Set<PartyId> apartIn(StateCode state) {
    Set<PartyId> there = members(Optional.of(state));
    return national.stream()
        .filter(p -> !there.contains(p))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }
}
