package org.janadesh.core.alliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;

/**
 * Every recorded alliance, by election, and the named groups valid in any election. Built only if
 * consistent: one name per election once, and in every scope each party in at most one alliance
 * (ALL-4); the refusal names every clash.
 */
public final class AllianceBook {
  private final Map<ElectionId, List<Alliance>> byElection = new TreeMap<>();
  private final Map<String, Bloc> groups = new TreeMap<>();

  private AllianceBook(List<Alliance> alliances, List<Bloc> named) {
    List<String> clashes = new ArrayList<>();
    for (Alliance a : alliances) {
      List<Alliance> same = byElection.computeIfAbsent(a.election(), e -> new ArrayList<>());
      if (same.stream().anyMatch(o -> o.name().equals(a.name()))) {
        clashes.add(a.election() + " " + a.name() + " is recorded twice");
      }
      same.add(a);
    }
    byElection.forEach(
        (election, list) -> {
          Set<Optional<StateCode>> scopes = new LinkedHashSet<>();
          scopes.add(Optional.empty());
          list.forEach(a -> a.states().keySet().forEach(s -> scopes.add(Optional.of(s))));
          for (Optional<StateCode> scope : scopes) {
            Map<PartyId, String> seen = new HashMap<>();
            for (Alliance a : list) {
              for (PartyId p : a.members(scope)) {
                String previous = seen.putIfAbsent(p, a.name());
                if (previous != null) {
                  clashes.add(
                      "ALL-4: "
                          + p
                          + " is in both "
                          + previous
                          + " and "
                          + a.name()
                          + " in "
                          + election
                          + scope.map(s -> " (" + s + ")").orElse(" (national)"));
                }
              }
            }
          }
        });
    for (Bloc g : named) {
      if (groups.putIfAbsent(key(g.name()), g) != null) {
        clashes.add("group " + g.name() + " is recorded twice");
      }
    }
    if (!clashes.isEmpty()) {
      throw new IllegalArgumentException("alliances are inconsistent: " + clashes);
    }
  }

  public static AllianceBook of(List<Alliance> alliances, List<Bloc> groups) {
    return new AllianceBook(alliances, groups);
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** The alliances recorded for an election, in the order recorded; empty when none are. */
  public List<Alliance> alliances(ElectionId election) {
    return List.copyOf(byElection.getOrDefault(election, List.of()));
  }

  /**
   * Who counts with whom in a scope (ALL-2, ALL-3): the national members for the whole country, a
   * state's own record where one exists for that state.
   */
  public Membership membership(ElectionId election, Optional<StateCode> state) {
    Map<PartyId, String> allianceOf = new HashMap<>();
    for (Alliance a : alliances(election)) {
      a.members(state).forEach(p -> allianceOf.put(p, a.name()));
    }
    return new Membership(allianceOf);
  }

  /** A named group (any case): {@code Left}. */
  public Optional<Bloc> group(String name) {
    return Optional.ofNullable(groups.get(key(name)));
  }

  public List<Bloc> groups() {
    return List.copyOf(groups.values());
  }
}
