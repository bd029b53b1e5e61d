package org.janadesh.core.archive;

/**
 * What saving a batch changed. Saving the same batch twice gives a report with only unchanged
 * counts the second time.
 */
public record SaveReport(
    int electionsAdded,
    int electionsUnchanged,
    int contestsAdded,
    int contestsReplaced,
    int contestsUnchanged) {
  public boolean changedNothing() {
    return electionsAdded == 0 && contestsAdded == 0 && contestsReplaced == 0;
  }
}
