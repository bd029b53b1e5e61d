package org.janadesh.core.counting;

import java.time.Instant;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;

/**
 * An update as it arrives, before the log has given it a sequence number: its election and
 * constituency, when the source published it, when we received it, and the key that makes a resend
 * harmless (CNT-8). Keys are scoped to the constituency.
 */
public record Submission(
    ElectionId election,
    ConstituencyId constituency,
    Instant published,
    Instant received,
    String key,
    CountingUpdate update) {
  public Submission {
    if (key.isBlank()) {
      throw new IllegalArgumentException("a counting update needs an idempotency key");
    }
  }

  /** This submission as the log's event number {@code sequence}. */
  public CountingEvent at(long sequence) {
    return new CountingEvent(sequence, this);
  }
}
