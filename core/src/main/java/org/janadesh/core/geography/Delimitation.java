package org.janadesh.core.geography;

/**
 * The delimitation order that drew a constituency, by the year of the order: 1951, 1956, 1961,
 * 1966, 1976, 2008 nationally; 2022 for Jammu &amp; Kashmir and 2023 for Assam. A constituency
 * number means a place only within its order.
 */
public record Delimitation(int year) implements Comparable<Delimitation> {
  public Delimitation {
    if (year < 1950 || year > 2100) {
      throw new IllegalArgumentException("not a delimitation order year: " + year);
    }
  }

  public static Delimitation of(int year) {
    return new Delimitation(year);
  }

  @Override
  public int compareTo(Delimitation other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
