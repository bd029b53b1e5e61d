package org.janadesh.store.sqlite;

import java.util.List;
import org.janadesh.core.person.PersonId;

/**
 * Person ids as the archive keeps them, in the order linkage read the candidacies (PER-5), with
 * each candidacy's ballot serial as a check, and the problems linkage reported when it ran.
 */
public record StoredPersonLinks(
    List<Integer> serials, List<PersonId> persons, List<String> problems) {
  public StoredPersonLinks {
    serials = List.copyOf(serials);
    persons = List.copyOf(persons);
    problems = List.copyOf(problems);
  }
}
