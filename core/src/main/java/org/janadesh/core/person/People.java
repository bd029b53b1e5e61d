package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of linkage: a person id for every candidacy and each person's candidacies in order of
 * time. {@code problems} lists overrides that named no candidacy on record (PER-4).
 *
 * <p>A candidacy is found by its contest's place in time and its ballot serial, which name it
 * within the archive, rather than by hashing the whole record.
 */
public final class People {
  /** Marks a (contest, serial) that two candidacies share: those are found by equality. */
  private static final int SHARED = -1;

  private final List<Candidacy> candidacies;
  private final PersonId[] ids;
  private final Map<Long, Integer> index;
  private final Map<PersonId, List<Candidacy>> careers;
  private final List<String> problems;

  private People(List<Candidacy> candidacies, PersonId[] ids, List<String> problems) {
    this.candidacies = List.copyOf(candidacies);
    this.ids = ids;
    this.problems = List.copyOf(problems);
    this.index = new HashMap<>(candidacies.size() * 2);
    for (int i = 0; i < candidacies.size(); i++) {
      Integer before = index.putIfAbsent(time(candidacies.get(i)), i);
      if (before != null) {
        index.put(time(candidacies.get(i)), SHARED);
      }
    }
    this.careers = careersOf(this.candidacies, ids);
  }

  /**
   * PER-4: a person's id is the state, year and name of the first candidacy; namesakes whose first
   * candidacies share all three get {@code -2}, {@code -3}… in the order of their seats and
   * serials. {@code names} are the candidacies' names as linkage parsed them.
   */
  static People of(
      List<Candidacy> candidacies, PersonName[] names, int[] roots, List<String> problems) {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < candidacies.size(); i++) {
      byRoot.computeIfAbsent(roots[i], r -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> persons = new ArrayList<>(byRoot.values());
    Comparator<Integer> byTime = Comparator.comparingLong(i -> time(candidacies.get(i)));
    persons.forEach(p -> p.sort(byTime));
    persons.sort(Comparator.comparing(p -> p.get(0), byTime));
    Map<String, Integer> used = new HashMap<>();
    PersonId[] ids = new PersonId[candidacies.size()];
    for (List<Integer> person : persons) {
      int first = person.get(0);
      Candidacy c = candidacies.get(first);
      String base = c.seat().state() + "-" + c.year() + "-" + names[first].idForm();
      int seen = used.merge(base, 1, Integer::sum);
      PersonId id = new PersonId(seen == 1 ? base : base + "-" + seen);
      person.forEach(i -> ids[i] = id);
    }
    return new People(candidacies, ids, problems);
  }

  /**
   * The persons of {@code candidacies} as linkage found them earlier and the store kept them: the
   * {@code i}-th id is the person of the {@code i}-th candidacy. No linkage runs here.
   */
  public static People withIds(
      List<Candidacy> candidacies, List<PersonId> ids, List<String> problems) {
    if (ids.size() != candidacies.size()) {
      throw new IllegalArgumentException(
          "PER-4: " + ids.size() + " person ids for " + candidacies.size() + " candidacies");
    }
    return new People(candidacies, ids.toArray(PersonId[]::new), problems);
  }

  /**
   * The persons of {@code candidacies} as a store kept them (PER-4): the {@code i}-th id and ballot
   * serial belong to the {@code i}-th candidacy in order of time. Empty when the count or any
   * serial differs: then the ids were computed from another archive and are stale.
   */
  public static Optional<People> withStoredIds(
      List<Candidacy> candidacies,
      List<Integer> serials,
      List<PersonId> ids,
      List<String> problems) {
    if (serials.size() != candidacies.size() || ids.size() != candidacies.size()) {
      return Optional.empty();
    }
    for (int i = 0; i < candidacies.size(); i++) {
      if (candidacies.get(i).candidate().serial() != serials.get(i)) {
        return Optional.empty();
      }
    }
    return Optional.of(withIds(candidacies, ids, problems));
  }

  /** Orders candidacies in time: by contest, then ballot serial; names one within the archive. */
  private static long time(Candidacy c) {
    return ((long) c.order() << 32) | (c.candidate().serial() & 0xffffffffL);
  }

  /**
   * Each person's candidacies in order of time, persons in order of their first candidacy. Works on
   * arrays: this runs on every question about persons, over every candidacy on record.
   */
  private static Map<PersonId, List<Candidacy>> careersOf(
      List<Candidacy> candidacies, PersonId[] ids) {
    int n = candidacies.size();
    long[] time = new long[n];
    int[] personOf = new int[n];
    Map<PersonId, Integer> number = new HashMap<>();
    List<PersonId> persons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      time[i] = time(candidacies.get(i));
      Integer p = number.putIfAbsent(ids[i], persons.size());
      if (p == null) {
        p = persons.size();
        persons.add(ids[i]);
      }
      personOf[i] = p;
    }
    int count = persons.size();
    int[] start = new int[count + 1];
    for (int i = 0; i < n; i++) {
      start[personOf[i] + 1]++;
    }
    for (int p = 0; p < count; p++) {
      start[p + 1] += start[p];
    }
    int[] members = new int[n];
    int[] fill = Arrays.copyOf(start, count);
    for (int i = 0; i < n; i++) {
      members[fill[personOf[i]]++] = i;
    }
    Integer[] order = new Integer[count];
    for (int p = 0; p < count; p++) {
      sortByTime(members, start[p], start[p + 1], time);
      order[p] = p;
    }
    Arrays.sort(order, Comparator.comparingLong(p -> time[members[start[p]]]));
    Map<PersonId, List<Candidacy>> careers = LinkedHashMap.newLinkedHashMap(count);
    for (int p : order) {
      Candidacy[] career = new Candidacy[start[p + 1] - start[p]];
      for (int k = 0; k < career.length; k++) {
        career[k] = candidacies.get(members[start[p] + k]);
      }
      careers.put(persons.get(p), List.of(career));
    }
    return careers;
  }

  /** Insertion sort of a person's few candidacies (already nearly in order of time). */
  private static void sortByTime(int[] members, int from, int to, long[] time) {
    for (int i = from + 1; i < to; i++) {
      int m = members[i];
      int j = i - 1;
      while (j >= from && time[members[j]] > time[m]) {
        members[j + 1] = members[j];
        j--;
      }
      members[j + 1] = m;
    }
  }

  /** Every candidacy, in order of time. */
  public List<Candidacy> candidacies() {
    return candidacies;
  }

  /** The candidacy's place in {@link #candidacies()}. */
  int indexOf(Candidacy candidacy) {
    Integer i = index.get(time(candidacy));
    if (i != null && i != SHARED) {
      Candidacy found = candidacies.get(i);
      if (found.equals(candidacy)) {
        return i;
      }
    } else if (i != null) {
      int at = candidacies.indexOf(candidacy);
      if (at >= 0) {
        return at;
      }
    }
    throw new IllegalArgumentException("not a linked candidacy: " + candidacy);
  }

  public PersonId personOf(Candidacy candidacy) {
    return ids[indexOf(candidacy)];
  }

  /** The person of every candidacy, in the order of {@link #candidacies()}. */
  public List<PersonId> ids() {
    return Arrays.asList(ids.clone());
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
