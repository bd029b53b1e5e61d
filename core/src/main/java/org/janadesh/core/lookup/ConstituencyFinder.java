package org.janadesh.core.lookup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.janadesh.core.geography.ConstituencyAlias;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.EditDistance;
import org.janadesh.core.text.MatchKey;

/**
 * Finds a contest of one election by constituency number, name or alias, in any spelling. A
 * misspelt name gets the nearest names as suggestions; a name shared by two states asks for the
 * state.
 */
public final class ConstituencyFinder {
  private static final int MAX_SUGGESTIONS = 5;

  private final List<Contest> contests;
  private final Map<String, List<Contest>> byKey = new HashMap<>();
  private final Map<String, String> displayByKey = new HashMap<>();

  private ConstituencyFinder(Collection<Contest> contests, Collection<ConstituencyAlias> aliases) {
    this.contests = List.copyOf(contests);
    Map<ConstituencyId, Contest> byId = new HashMap<>();
    for (Contest contest : contests) {
      byId.put(contest.constituency(), contest);
      index(contest.name(), contest, contest.name());
    }
    for (ConstituencyAlias alias : aliases) {
      Contest contest = byId.get(alias.constituency());
      if (contest != null) {
        index(alias.alias(), contest, contest.name());
      }
    }
  }

  public static ConstituencyFinder of(
      Collection<Contest> contests, Collection<ConstituencyAlias> aliases) {
    return new ConstituencyFinder(contests, aliases);
  }

  private void index(String label, Contest contest, String display) {
    String key = MatchKey.of(label);
    if (key.isEmpty()) {
      return;
    }
    List<Contest> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(contest)) {
      list.add(contest);
    }
    displayByKey.putIfAbsent(key, display);
  }

  /** Finds {@code query} (a number or a name) among the contests, within {@code state} if given. */
  public Lookup find(String query, Optional<StateCode> state) {
    String trimmed = query.trim();
    List<Contest> matches;
    if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
      int number = Integer.parseInt(trimmed);
      matches = contests.stream().filter(c -> c.constituency().number() == number).toList();
    } else {
      matches = byKey.getOrDefault(MatchKey.of(trimmed), List.of());
    }
    List<Contest> inState =
        matches.stream()
            .filter(c -> state.map(s -> c.constituency().state().equals(s)).orElse(true))
            .toList();
    if (inState.size() == 1) {
      return new Lookup.Found(inState.get(0));
    }
    if (inState.size() > 1) {
      return new Lookup.Ambiguous(trimmed, inState);
    }
    return new Lookup.NotFound(trimmed, suggest(trimmed, state));
  }

  private List<String> suggest(String query, Optional<StateCode> state) {
    String key = MatchKey.of(query);
    if (key.isEmpty()) {
      return List.of();
    }
    int allowed = Math.max(2, key.length() / 3);
    record Near(String name, int distance) {}
    List<Near> near = new ArrayList<>();
    for (Map.Entry<String, List<Contest>> e : byKey.entrySet()) {
      boolean inState =
          e.getValue().stream()
              .anyMatch(c -> state.map(s -> c.constituency().state().equals(s)).orElse(true));
      if (!inState) {
        continue;
      }
      int d = EditDistance.between(key, e.getKey());
      boolean prefix = e.getKey().startsWith(key) && key.length() >= 3;
      if (d <= allowed || prefix) {
        near.add(
            new Near(
                displayByKey.getOrDefault(e.getKey(), e.getKey()), prefix ? Math.min(d, 1) : d));
      }
    }
    Set<String> names = new LinkedHashSet<>();
    near.stream()
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name))
        .forEach(n -> names.add(n.name()));
    return names.stream().limit(MAX_SUGGESTIONS).toList();
  }
}
