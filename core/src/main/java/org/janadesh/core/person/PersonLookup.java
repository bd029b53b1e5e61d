package org.janadesh.core.person;

import java.util.List;

/** The answer to "which person did the user mean?". */
public sealed interface PersonLookup
    permits PersonLookup.Found, PersonLookup.Ambiguous, PersonLookup.NotFound {
  /**
   * One person: the only match, or the only match who ever won; {@code alsoMatching} are the other
   * persons of that name (candidates who never won), for the reader to know they exist.
   */
  record Found(PersonId person, List<PersonId> alsoMatching) implements PersonLookup {
    public Found {
      alsoMatching = List.copyOf(alsoMatching);
    }
  }

  /** Several persons match and more than one of them won, or none did: the user must choose. */
  record Ambiguous(String query, List<PersonId> matches) implements PersonLookup {
    public Ambiguous {
      matches = List.copyOf(matches);
    }
  }

  /** Nobody matches; {@code suggestions} are the nearest names on record, closest first. */
  record NotFound(String query, List<String> suggestions) implements PersonLookup {
    public NotFound {
      suggestions = List.copyOf(suggestions);
    }
  }
}
