package org.janadesh.core.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.text.MatchKey;

/**
 * Seats followed across delimitation orders (PER-6): a constituency of a new order continues the
 * one of an older order in the same state that bears the same name (in any spelling); otherwise it
 * starts a line of its own. Quilon (1976 order) and Kollam (2008 order) are two lines, since the
 * names differ; Faizabad runs through every order.
 */
public final class SeatLines {
  private final Map<ConstituencyId, ConstituencyId> line;

  private SeatLines(Map<ConstituencyId, ConstituencyId> line) {
    this.line = line;
  }

  /** The lines of the seats of {@code candidacies}, named as each contest reported its seat. */
  public static SeatLines of(List<Candidacy> candidacies) {
    Map<String, ConstituencyId> first = new HashMap<>();
    Map<ConstituencyId, ConstituencyId> line = new HashMap<>();
    // Candidacies come in order of time, so the oldest constituency of a name heads its line.
    for (Candidacy c : candidacies) {
      if (line.containsKey(c.seat())) {
        continue;
      }
      String key = c.seat().state() + "/" + MatchKey.of(c.seatName());
      ConstituencyId head = first.get(key);
      if (head == null || head.delimitation().equals(c.seat().delimitation())) {
        head = c.seat();
        first.put(key, head);
      }
      line.put(c.seat(), line.getOrDefault(head, head));
    }
    return new SeatLines(line);
  }

  /** The oldest constituency of the line {@code seat} belongs to. */
  public ConstituencyId lineOf(ConstituencyId seat) {
    return line.getOrDefault(seat, seat);
  }

  public boolean sameLine(ConstituencyId a, ConstituencyId b) {
    return lineOf(a).equals(lineOf(b));
  }
}
