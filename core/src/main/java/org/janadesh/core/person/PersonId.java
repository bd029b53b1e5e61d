package org.janadesh.core.person;

/**
 * A person across candidacies, e.g. {@code S11-1996-PREMACHANDRAN-KN}: the state, year and name of
 * the person's first candidacy on record, so the id stays the same while that first candidacy does
 * (PER-4).
 */
public record PersonId(String value) implements Comparable<PersonId> {
  public PersonId {
    if (value.isBlank()) {
      throw new IllegalArgumentException("person id is blank");
    }
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
