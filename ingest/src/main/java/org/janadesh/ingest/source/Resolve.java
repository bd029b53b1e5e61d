package org.janadesh.ingest.source;

import java.util.Optional;
import java.util.regex.Pattern;
import org.janadesh.core.geography.State;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;

/**
 * Resolves a row's state and party labels through the registries, recording a rejection that names
 * the unknown label instead of throwing.
 */
public final class Resolve {
  private static final Pattern STATE_CODE = Pattern.compile("[SUX]\\d{2}");
  private static final StateCode UNRESOLVED = StateCode.of("X00");

  private Resolve() {}

  /**
   * The party a label from {@code source} names in {@code year} (a scoped override first, else the
   * aliases); an unknown label is a rejection naming it.
   */
  public static PartyId party(
      FieldCheck check,
      PartyRegistry parties,
      String source,
      int year,
      String field,
      String label) {
    String text = label.trim();
    if (text.isEmpty()) {
      check.reject(field, field + " is blank");
      return PartyId.INDEPENDENT;
    }
    return parties
        .find(source, text, year)
        .map(p -> p.id())
        .orElseGet(
            () -> {
              check.reject(
                  field,
                  "unknown party '" + text + "' (not an id, name or alias in the party registry)");
              return PartyId.INDEPENDENT;
            });
  }

  /** The state a name means in {@code year}; an unknown or ambiguous name is a rejection. */
  public static State stateByName(
      FieldCheck check, StateRegistry states, String field, String name, int year) {
    Optional<State> found = find(check, states, field, name, year);
    if (found.isPresent()) {
      return found.get();
    }
    if (!check.failed()) {
      check.reject(field, "unknown state or union territory '" + name.trim() + "' in " + year);
    }
    return placeholder();
  }

  /**
   * The state of an ECI code, checked against the registry: the code must be in force in {@code
   * year} and the row's state name must resolve to the same code.
   */
  public static State stateByCode(
      FieldCheck check,
      StateRegistry states,
      String codeField,
      String code,
      String nameField,
      String name,
      int year) {
    String c = code.trim();
    if (!STATE_CODE.matcher(c).matches()) {
      check.reject(codeField, "not a state code (S01, U05…): '" + code + "'");
      return placeholder();
    }
    StateCode stateCode = StateCode.of(c);
    Optional<State> inForce =
        states.states().stream()
            .filter(s -> s.code().equals(stateCode) && s.existsIn(year))
            .findFirst();
    if (inForce.isEmpty()) {
      check.reject(
          codeField, "unknown state code '" + c + "' in " + year + " (not in the state registry)");
      return placeholder();
    }
    Optional<State> named = find(check, states, nameField, name, year);
    if (named.isEmpty()) {
      if (!check.failed()) {
        check.reject(
            nameField, "unknown state or union territory '" + name.trim() + "' in " + year);
      }
    } else if (!named.get().code().equals(stateCode)) {
      check.reject(
          nameField,
          "state name '"
              + name.trim()
              + "' is "
              + named.get().code()
              + " in the registry, but the row's code is "
              + c);
    }
    return inForce.get();
  }

  private static Optional<State> find(
      FieldCheck check, StateRegistry states, String field, String name, int year) {
    if (name.isBlank()) {
      check.reject(field, field + " is blank");
      return Optional.empty();
    }
    try {
      return states.find(name, year);
    } catch (IllegalStateException ambiguous) {
      check.reject(field, String.valueOf(ambiguous.getMessage()));
      return Optional.empty();
    }
  }

  /** Stands in after a rejection so the rest of the row can still be checked. */
  private static State placeholder() {
    return new State(UNRESOLVED, "unresolved", "xx", 1950, 9999, java.util.List.of());
  }
}
