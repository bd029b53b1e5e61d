package org.janadesh.store.counting;

import org.janadesh.core.election.ElectionId;

/**
 * One count of one election and what it is: the real counting day, or a test (a replay of
 * snapshots, a synthetic day with its seed) described in words a face shows next to every number it
 * takes from the count.
 */
public record CountSession(CountId id, String description) {
  public CountSession {
    if (description.isBlank()) {
      throw new IllegalArgumentException("a count needs a description: " + id);
    }
  }

  /** The real count of {@code election}. */
  public static CountSession real(ElectionId election, String description) {
    return new CountSession(CountId.real(election), description);
  }

  /** A test count of {@code election} under {@code label}. */
  public static CountSession test(ElectionId election, String label, String description) {
    return new CountSession(CountId.test(election, label), description);
  }

  public ElectionId election() {
    return id.election();
  }

  /** True for a replay or a synthetic day: never to be shown as the real count. */
  public boolean isTest() {
    return id.isTest();
  }
}
