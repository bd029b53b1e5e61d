package org.janadesh.core.comparison;

import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;

/**
 * One seat present in both elections (CMP-1): the subject that won it before and now, with the
 * winning candidates. Held when the subject is the same, otherwise a flip (CMP-4).
 */
public record SeatChange(
    ConstituencyId constituency,
    String name,
    String from,
    String to,
    Candidate previousWinner,
    Candidate currentWinner) {

  public boolean held() {
    return from.equals(to);
  }

  public boolean involves(String subject) {
    return from.equals(subject) || to.equals(subject);
  }
}
