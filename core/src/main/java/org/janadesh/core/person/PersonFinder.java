package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.text.EditDistance;

/**
 * Finds a person by name in any of the spellings their candidacies carry (PER-1), within a state if
 * given; a misspelt name gets the nearest names on record.
 */
public final class PersonFinder {
  private static final int MAX_SUGGESTIONS = 5;

  private final People people;
  private final Map<PersonName, Set<PersonId>> byName = new LinkedHashMap<>();
  private final Map<PersonName, String> display = new HashMap<>();

  private PersonFinder(People people) {
    this.people = people;
    // Names repeat across a career and across namesakes: each spelling is read once (PER-1).
    Map<String, PersonName> parsed = new HashMap<>();
    for (Map.Entry<PersonId, List<Candidacy>> e : people.careers().entrySet()) {
      for (Candidacy c : e.getValue()) {
        PersonName name = parsed.computeIfAbsent(c.name(), PersonName::parse);
        byName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(e.getKey());
        display.putIfAbsent(name, c.name());
      }
    }
  }

  public static PersonFinder of(People people) {
    return new PersonFinder(people);
  }

  public PersonLookup find(String query, Optional<StateCode> state) {
    PersonName wanted = PersonName.parse(query);
    Set<PersonId> matches = new LinkedHashSet<>();
    if (!wanted.words().isEmpty()) {
      for (Map.Entry<PersonName, Set<PersonId>> e : byName.entrySet()) {
        if (e.getKey().compatibleWith(wanted)) {
          e.getValue().stream().filter(p -> inState(p, state)).forEach(matches::add);
        }
      }
    }
    List<PersonId> found = List.copyOf(matches);
    if (found.size() == 1) {
      return new PersonLookup.Found(found.get(0), List.of());
    }
    List<PersonId> winners =
        found.stream().filter(p -> people.career(p).stream().anyMatch(Candidacy::won)).toList();
    if (winners.size() == 1) {
      List<PersonId> others = new ArrayList<>(found);
      others.remove(winners.get(0));
      return new PersonLookup.Found(winners.get(0), others);
    }
    if (!found.isEmpty()) {
      return new PersonLookup.Ambiguous(query.trim(), winners.isEmpty() ? found : winners);
    }
    return new PersonLookup.NotFound(query.trim(), suggest(wanted, state));
  }

  private boolean inState(PersonId person, Optional<StateCode> state) {
    return state.isEmpty()
        || people.career(person).stream().anyMatch(c -> c.seat().state().equals(state.get()));
  }

  private List<String> suggest(PersonName wanted, Optional<StateCode> state) {
    String key = wanted.joined();
    if (key.isEmpty()) {
      return List.of();
    }
    int allowed = Math.max(2, key.length() / 4);
    record Near(String name, int distance) {}
    List<Near> near = new ArrayList<>();
    for (Map.Entry<PersonName, Set<PersonId>> e : byName.entrySet()) {
      String other = e.getKey().joined();
      if (Math.abs(other.length() - key.length()) > allowed
          || e.getValue().stream().noneMatch(p -> inState(p, state))) {
        continue;
      }
      int d = EditDistance.between(key, other);
      if (d <= allowed) {
        near.add(new Near(display.getOrDefault(e.getKey(), other), d));
      }
    }
    return near.stream()
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name))
        .map(Near::name)
        .distinct()
        .limit(MAX_SUGGESTIONS)
        .toList();
  }
}
