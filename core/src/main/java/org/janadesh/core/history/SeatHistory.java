package org.janadesh.core.history;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A subject's seats in every election that counts for it (HIS-2), oldest first, with the lowest and
 * highest (HIS-3: on a tie, the most recent year).
 */
public record SeatHistory(String subject, List<YearSeats> years) {
  public SeatHistory {
    years = years.stream().sorted(Comparator.comparingInt(YearSeats::year)).toList();
  }

  public Optional<YearSeats> lowest() {
    return years.stream()
        .min(
            Comparator.comparingInt(YearSeats::won)
                .thenComparing(Comparator.comparingInt(YearSeats::year).reversed()));
  }

  public Optional<YearSeats> highest() {
    return years.stream()
        .max(Comparator.comparingInt(YearSeats::won).thenComparingInt(YearSeats::year));
  }
}
