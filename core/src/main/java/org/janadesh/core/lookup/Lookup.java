package org.janadesh.core.lookup;

import java.util.List;
import org.janadesh.core.result.Contest;

/** The answer to "which constituency did the user mean?". */
public sealed interface Lookup permits Lookup.Found, Lookup.Ambiguous, Lookup.NotFound {
  /** Exactly one constituency matches. */
  record Found(Contest contest) implements Lookup {}

  /** Several match (Aurangabad is in Bihar and in Maharashtra): the user must name the state. */
  record Ambiguous(String query, List<Contest> matches) implements Lookup {
    public Ambiguous {
      matches = List.copyOf(matches);
    }
  }

  /** None matches; {@code suggestions} are the nearest names, closest first. */
  record NotFound(String query, List<String> suggestions) implements Lookup {
    public NotFound {
      suggestions = List.copyOf(suggestions);
    }
  }
}
