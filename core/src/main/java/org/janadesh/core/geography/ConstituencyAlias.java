package org.janadesh.core.geography;

/** Another name a constituency is known by (Tirupur for TIRUPPUR, Baliganj for Ballygunge). */
public record ConstituencyAlias(ConstituencyId constituency, String alias) {
  public ConstituencyAlias {
    if (alias.isBlank()) {
      throw new IllegalArgumentException("blank alias for " + constituency);
    }
  }
}
