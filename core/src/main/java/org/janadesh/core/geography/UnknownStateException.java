package org.janadesh.core.geography;

/** A state name that no entry of the state registry answers to for the year asked. */
public final class UnknownStateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownStateException(String name, int year) {
    super("unknown state or union territory '" + name + "' in " + year);
  }
}
