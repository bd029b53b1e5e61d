package org.janadesh.core.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.Performance;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.core.tally.Performances;

/** Compares two elections over the same scope (CMP-1..CMP-5, docs/rules/alliances.md). */
public final class Comparisons {
  private Comparisons() {}

  /**
   * Compares {@code current} with {@code previous}; both sides hold the contests of the same scope
   * (the whole country or one state).
   */
  public static ElectionComparison compare(String scope, Side previous, Side current) {
    PerformanceTally before =
        Performances.count(previous.election(), scope, previous.contests(), previous.subjectOf());
    PerformanceTally now =
        Performances.count(current.election(), scope, current.contests(), current.subjectOf());
    Set<String> subjects = new LinkedHashSet<>();
    now.rows().forEach(r -> subjects.add(r.subject()));
    before.rows().forEach(r -> subjects.add(r.subject()));
    List<SubjectChange> rows = new ArrayList<>();
    for (String subject : subjects) {
      rows.add(
          new SubjectChange(
              subject,
              before.won(subject),
              now.won(subject),
              share(before, subject),
              share(now, subject)));
    }
    rows.sort(
        Comparator.comparingInt(SubjectChange::seatsCurrent)
            .reversed()
            .thenComparing(Comparator.comparingInt(SubjectChange::seatsPrevious).reversed())
            .thenComparing(SubjectChange::subject));

    Map<ConstituencyId, Contest> earlier = new HashMap<>();
    previous.contests().forEach(c -> earlier.put(c.constituency(), c));
    List<SeatChange> seats = new ArrayList<>();
    List<NotComparable> notComparable = new ArrayList<>();
    Set<ConstituencyId> matched = new LinkedHashSet<>();
    for (Contest c : current.contests()) {
      Contest p = earlier.get(c.constituency());
      if (p == null) {
        notComparable.add(
            new NotComparable(
                current.election(),
                c.constituency(),
                c.name(),
                "CMP-1: no seat "
                    + c.constituency()
                    + " in "
                    + previous.election()
                    + " (another delimitation order or renumbering)"));
        continue;
      }
      matched.add(c.constituency());
      if (c.seats() != 1 || p.seats() != 1) {
        notComparable.add(
            new NotComparable(
                current.election(),
                c.constituency(),
                c.name(),
                "CMP-4: a two-member seat has no single winner to compare"));
        continue;
      }
      Candidate was = p.outcome().winners().getFirst();
      Candidate is = c.outcome().winners().getFirst();
      seats.add(
          new SeatChange(
              c.constituency(),
              c.name(),
              previous.subjectOf().apply(was.party()),
              current.subjectOf().apply(is.party()),
              was,
              is));
    }
    for (Contest p : previous.contests()) {
      if (!matched.contains(p.constituency())) {
        notComparable.add(
            new NotComparable(
                previous.election(),
                p.constituency(),
                p.name(),
                "CMP-1: no seat "
                    + p.constituency()
                    + " in "
                    + current.election()
                    + " (another delimitation order or renumbering)"));
      }
    }
    seats.sort(Comparator.comparing(SeatChange::constituency));
    notComparable.sort(
        Comparator.comparing(NotComparable::election)
            .reversed()
            .thenComparing(NotComparable::constituency));
    return new ElectionComparison(
        current.election(), previous.election(), scope, rows, seats, notComparable);
  }

  /** A subject with no candidate in a scope whose votes are known polled none of them: 0 %. */
  private static OptionalDouble share(PerformanceTally tally, String subject) {
    Optional<Performance> row = tally.row(subject);
    if (row.isPresent()) {
      return row.get().voteShare();
    }
    return tally.totalVotes().isPresent() && tally.totalVotes().getAsLong() > 0
        ? OptionalDouble.of(0)
        : OptionalDouble.empty();
  }
}
