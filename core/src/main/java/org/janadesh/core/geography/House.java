package org.janadesh.core.geography;

/**
 * The house an election fills: the Lok Sabha (parliamentary constituencies) or a state assembly.
 */
public enum House {
  LOK_SABHA("ls", "Lok Sabha", "PC"),
  VIDHAN_SABHA("ae", "Vidhan Sabha", "AC");

  private final String prefix;
  private final String label;
  private final String seatKind;

  House(String prefix, String label, String seatKind) {
    this.prefix = prefix;
    this.label = label;
    this.seatKind = seatKind;
  }

  /** The election-id prefix: {@code ls} or {@code ae}. */
  public String prefix() {
    return prefix;
  }

  public String label() {
    return label;
  }

  /** PC for a parliamentary constituency, AC for an assembly constituency. */
  public String seatKind() {
    return seatKind;
  }
}
