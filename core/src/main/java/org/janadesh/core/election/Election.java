package org.janadesh.core.election;

import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.jspecify.annotations.Nullable;

/**
 * One election: a general election to the Lok Sabha or to one state assembly, or a by-election to
 * one seat. {@code state} is null for a national Lok Sabha general election. {@code source} names
 * the file whose numbers are the record for it.
 */
public record Election(
    ElectionId id,
    House house,
    ElectionKind kind,
    String name,
    int year,
    @Nullable StateCode state,
    String source) {
  public Election {
    if (name.isBlank()) {
      throw new IllegalArgumentException("election " + id + " has a blank name");
    }
    if (year < 1951 || year > 2100) {
      throw new IllegalArgumentException("election " + id + " has an impossible year " + year);
    }
    if (kind == ElectionKind.BYE && state == null) {
      throw new IllegalArgumentException("by-election " + id + " needs a state");
    }
  }
}
