package org.janadesh.core.counting;

/**
 * One numbered line of the counting log: an accepted event or a quarantined submission. Both take a
 * sequence number from the same counter, so a fold over the log in sequence order rebuilds the
 * state and the quarantine exactly.
 */
public sealed interface LogEntry permits CountingEvent, Quarantined {
  long sequence();

  Submission submission();
}
