package org.janadesh.store.counting;

import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;

/**
 * What makes a submission the same as one already decided (CNT-8): its idempotency key within its
 * election and constituency, the same triple the log's unique constraint holds.
 */
record DecidedKey(ElectionId election, ConstituencyId constituency, String key) {
  static DecidedKey of(Submission s) {
    return new DecidedKey(s.election(), s.constituency(), s.key());
  }
}
