package org.janadesh.core.person;

import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.text.MatchKey;

/**
 * A reviewed decision that overrides linkage (PER-4): two named candidacies are the same person, or
 * two different persons, whatever their names suggest. {@code reason} carries the evidence.
 */
public record PersonOverride(Kind kind, Ref first, Ref second, String reason) {
  public enum Kind {
    SAME,
    DIFFERENT
  }

  public PersonOverride {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("PER-4: a person override needs its reason");
    }
  }

  /** A candidacy named by election, state, constituency number and candidate name. */
  public record Ref(ElectionId election, StateCode state, int constituency, String name) {
    public Ref {
      if (MatchKey.of(name).isEmpty()) {
        throw new IllegalArgumentException("PER-4: a candidacy reference needs a name");
      }
    }

    public boolean matches(Candidacy c) {
      return c.election().equals(election)
          && c.seat().state().equals(state)
          && c.seat().number() == constituency
          && MatchKey.of(c.name()).equals(MatchKey.of(name));
    }

    @Override
    public String toString() {
      return election + " " + state + " PC " + constituency + " " + name;
    }
  }
}
