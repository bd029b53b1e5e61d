package org.janadesh.core.party;

/**
 * A label that means a particular party only in one source and span of years. TCPD reuses codes
 * over six decades: its {@code JP} is the Jharkhand Party in 1962 and the Janata Party later, and
 * its {@code CPIM} is CPI(ML) Red Star, not CPI(M). An override is consulted before the aliases.
 */
public record PartyOverride(String source, String label, int fromYear, int toYear, PartyId party) {
  public PartyOverride {
    if (source.isBlank() || label.isBlank()) {
      throw new IllegalArgumentException("party override needs a source and a label");
    }
    if (fromYear > toYear) {
      throw new IllegalArgumentException(
          "party override " + source + "/" + label + ": from " + fromYear + " > to " + toYear);
    }
  }

  public boolean covers(int year) {
    return fromYear <= year && year <= toYear;
  }
}
