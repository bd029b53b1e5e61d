package org.janadesh.core.comparison;

import java.util.List;
import org.janadesh.core.election.ElectionId;

/**
 * Two elections compared in one scope: per subject seats and share before and now, per seat present
 * in both the winner's subject before and now, and the seats that cannot be compared.
 */
public record ElectionComparison(
    ElectionId current,
    ElectionId previous,
    String scope,
    List<SubjectChange> rows,
    List<SeatChange> seats,
    List<NotComparable> notComparable) {
  public ElectionComparison {
    rows = List.copyOf(rows);
    seats = List.copyOf(seats);
    notComparable = List.copyOf(notComparable);
  }

  /** Seats whose winner's subject changed (CMP-4). */
  public List<SeatChange> flips() {
    return seats.stream().filter(s -> !s.held()).toList();
  }

  /**
   * The comparison seen from one subject: its row only, and the seats it held, gained or lost;
   * seats that cannot be compared are kept, since they may hide its seats.
   */
  public ElectionComparison about(String subject) {
    return new ElectionComparison(
        current,
        previous,
        scope,
        rows.stream().filter(r -> r.subject().equals(subject)).toList(),
        seats.stream().filter(s -> s.involves(subject)).toList(),
        notComparable);
  }
}
