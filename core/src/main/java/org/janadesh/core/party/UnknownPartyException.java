package org.janadesh.core.party;

/** A party label that no registry entry answers to; the message names it. */
public final class UnknownPartyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownPartyException(String label) {
    super("unknown party '" + label + "' (not an id, name or alias in the party registry)");
  }
}
