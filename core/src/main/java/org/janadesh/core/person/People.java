package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of linkage: a person id for every candidacy and each person's candidacies in order of
 * time. {@code problems} lists overrides that named no candidacy on record (PER-4).
 */
public final class People {
  private final List<Candidacy> candidacies;
  private final Map<Candidacy, PersonId> personOf;
  private final Map<PersonId, List<Candidacy>> careers;
  private final List<String> problems;

  private People(
      List<Candidacy> candidacies,
      Map<Candidacy, PersonId> personOf,
      Map<PersonId, List<Candidacy>> careers,
      List<String> problems) {
    this.candidacies = candidacies;
    this.personOf = personOf;
    this.careers = careers;
    this.problems = problems;
  }

  /**
   * PER-4: a person's id is the state, year and name of the first candidacy; namesakes whose first
   * candidacies share all three get {@code -2}, {@code -3}… in the order of their seats and
   * serials.
   */
  static People of(List<Candidacy> candidacies, int[] roots, List<String> problems) {
    Map<Integer, List<Candidacy>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < candidacies.size(); i++) {
      byRoot.computeIfAbsent(roots[i], r -> new ArrayList<>()).add(candidacies.get(i));
    }
    List<List<Candidacy>> persons = new ArrayList<>(byRoot.values());
    Comparator<Candidacy> time =
        Comparator.comparingInt(Candidacy::order).thenComparingInt(c -> c.candidate().serial());
    persons.forEach(p -> p.sort(time));
    persons.sort(Comparator.comparing(p -> p.get(0), time));
    Map<String, Integer> used = new HashMap<>();
    Map<Candidacy, PersonId> personOf = new HashMap<>();
    Map<PersonId, List<Candidacy>> careers = new LinkedHashMap<>();
    for (List<Candidacy> person : persons) {
      Candidacy first = person.get(0);
      String base =
          first.seat().state() + "-" + first.year() + "-" + PersonName.parse(first.name()).idForm();
      int seen = used.merge(base, 1, Integer::sum);
      PersonId id = new PersonId(seen == 1 ? base : base + "-" + seen);
      careers.put(id, List.copyOf(person));
      person.forEach(c -> personOf.put(c, id));
    }
    return new People(List.copyOf(candidacies), personOf, careers, List.copyOf(problems));
  }

  /** Every candidacy, in order of time. */
  public List<Candidacy> candidacies() {
    return candidacies;
  }

  public PersonId personOf(Candidacy candidacy) {
    PersonId id = personOf.get(candidacy);
    if (id == null) {
      throw new IllegalArgumentException("not a linked candidacy: " + candidacy);
    }
    return id;
  }

  /** The candidacies of one person, in order of time. */
  public List<Candidacy> career(PersonId person) {
    return careers.getOrDefault(person, List.of());
  }

  public Optional<List<Candidacy>> find(PersonId person) {
    return Optional.ofNullable(careers.get(person));
  }

  /** Every person, with the candidacies, in order of first candidacy. */
  public Map<PersonId, List<Candidacy>> careers() {
    return careers;
  }

  public List<String> problems() {
    return problems;
  }
}
