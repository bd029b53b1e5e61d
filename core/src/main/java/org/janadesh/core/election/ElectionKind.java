package org.janadesh.core.election;

/** A general election fills a whole house; a by-election fills one vacant seat. */
public enum ElectionKind {
  GENERAL,
  BYE
}
