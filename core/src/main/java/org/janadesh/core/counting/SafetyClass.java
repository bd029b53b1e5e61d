package org.janadesh.core.counting;

/** How safe a lead is while counting goes on (LS-1 to LS-3 in docs/rules/counting.md). */
public enum SafetyClass {
  /** The trailer cannot, or can only by a swing far beyond anything seen, catch up. */
  SAFE,
  /** The trailer would need a large swing in the votes still to count. */
  LIKELY,
  /** Within reach: the lead can still change. */
  CONTESTED
}
