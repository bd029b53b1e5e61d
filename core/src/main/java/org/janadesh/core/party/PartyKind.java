package org.janadesh.core.party;

/** Whether a registry entry is a party or the independents' row. */
public enum PartyKind {
  PARTY,
  INDEPENDENT
}
