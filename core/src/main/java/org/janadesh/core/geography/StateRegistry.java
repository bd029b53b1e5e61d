package org.janadesh.core.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.janadesh.core.text.MatchKey;

/** Resolves any source's spelling of a state to its code, for a given year. */
public final class StateRegistry {
  // Sources tag historical states with a period ("Bihar [1947 - 1999]"); the tag is not the name.
  private static final Pattern PERIOD_TAG = Pattern.compile("\\s*\\[[^]]*]\\s*$");

  private final List<State> states;
  private final Map<String, List<State>> byKey = new HashMap<>();

  private StateRegistry(List<State> states) {
    this.states = List.copyOf(states);
    for (State state : states) {
      index(state.name(), state);
      index(state.code().value(), state);
      index(state.abbreviation(), state);
      state.aliases().forEach(alias -> index(alias, state));
    }
  }

  public static StateRegistry of(List<State> states) {
    return new StateRegistry(states);
  }

  private void index(String label, State state) {
    String key = key(label);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("state " + state.code() + " has a blank alias");
    }
    List<State> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    if (!entries.contains(state)) {
      entries.add(state);
    }
  }

  private static String key(String label) {
    return MatchKey.of(PERIOD_TAG.matcher(label).replaceAll(""));
  }

  /** Finds the one state that answers to {@code name} in {@code year}. */
  public Optional<State> find(String name, int year) {
    List<State> matches =
        byKey.getOrDefault(key(name), List.of()).stream().filter(s -> s.existsIn(year)).toList();
    if (matches.size() > 1 && matches.stream().map(State::code).distinct().count() > 1) {
      throw new IllegalStateException(
          "state name '" + name + "' is ambiguous in " + year + ": " + matches);
    }
    return matches.stream().findFirst();
  }

  /** Returns the code of {@code name} in {@code year}, or throws naming the unknown state. */
  public StateCode resolve(String name, int year) {
    return find(name, year)
        .map(State::code)
        .orElseThrow(() -> new UnknownStateException(name, year));
  }

  /** Returns the state's entry in force in {@code year}, else its latest entry. */
  public State state(StateCode code, int year) {
    List<State> entries = states.stream().filter(s -> s.code().equals(code)).toList();
    return entries.stream()
        .filter(s -> s.existsIn(year))
        .findFirst()
        .or(() -> entries.stream().max(Comparator.comparingInt(State::toYear)))
        .orElseThrow(() -> new UnknownStateException(code.value(), year));
  }

  public List<State> states() {
    return states;
  }
}
