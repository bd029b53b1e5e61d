package org.janadesh.core.party;

/**
 * A party's canonical id, the form the press prints: {@code BJP}, {@code CPI(M)}, {@code SHS(UBT)}.
 */
public record PartyId(String value) implements Comparable<PartyId> {
  /** Independent candidates, counted together in tallies though they are not a party. */
  public static final PartyId INDEPENDENT = new PartyId("IND");

  public PartyId {
    if (value.isBlank()) {
      throw new IllegalArgumentException("party id is blank");
    }
  }

  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
