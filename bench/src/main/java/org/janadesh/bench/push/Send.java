package org.janadesh.bench.push;

/**
 * One POSTed event as the post process saw it: its label ("warm-up 1/3", "event 2/5"), the wall
 * clock in microseconds just before the POST, how long the acknowledgement took, the log sequence
 * the writer gave it (its SSE id; -1 when the acknowledgement did not say) and the note for its
 * line (CPU used, "cold").
 */
record Send(String label, long sentMicros, long ackNanos, long id, String note) {}
