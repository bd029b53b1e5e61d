package org.janadesh.core.geography;

/**
 * A constituency's identity. Never its name: two PCs are named Aurangabad (Bihar, Maharashtra) and
 * two Maharajganj (Bihar, Uttar Pradesh), and names are spelt differently from source to source.
 */
public record ConstituencyId(House house, StateCode state, int number, Delimitation delimitation)
    implements Comparable<ConstituencyId> {
  public ConstituencyId {
    if (number < 1) {
      throw new IllegalArgumentException("constituency number must be 1 or more: " + number);
    }
  }

  @Override
  public int compareTo(ConstituencyId o) {
    int c = house.compareTo(o.house);
    if (c == 0) {
      c = state.compareTo(o.state);
    }
    if (c == 0) {
      c = Integer.compare(number, o.number);
    }
    return c != 0 ? c : delimitation.compareTo(o.delimitation);
  }

  @Override
  public String toString() {
    return house.prefix() + "/" + state + "/" + number + "@" + delimitation;
  }
}
