package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.counting.CountingDay.votes;

import java.util.List;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

class LeadChangesTest {
  private static final Contest FAIZABAD = Fixtures.faizabad();

  @Test
  void everyChangeOfHandsIsListedWithTheEventThatCausedItAndTheDeclarationLast() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .postal(FAIZABAD, votes(740, 720, 60))
            .round(FAIZABAD, 1, 3, votes(28_000, 31_000, 2_000))
            .round(FAIZABAD, 2, 3, votes(60_000, 62_000, 4_000))
            .round(FAIZABAD, 3, 3, votes(95_000, 93_000, 6_000))
            .declare(FAIZABAD, 1);

    List<LeadChange> changes = LeadChanges.of(day.seat(FAIZABAD));

    assertThat(changes)
        .extracting(c -> c.event().sequence(), c -> name(c.leader()), c -> name(c.previous()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "AWADHESH PRASAD", "-"),
            org.assertj.core.groups.Tuple.tuple(2L, "LALLU SINGH", "AWADHESH PRASAD"),
            org.assertj.core.groups.Tuple.tuple(4L, "AWADHESH PRASAD", "LALLU SINGH"),
            org.assertj.core.groups.Tuple.tuple(5L, "AWADHESH PRASAD", "AWADHESH PRASAD"));
    assertThat(changes.get(2).margin()).isEqualTo(95_740 - 93_720);
    assertThat(changes.get(3).declared()).isTrue();
  }

  @Test
  void aTieLeavesTheSeatWithoutALeaderAndIsAChange() {
    CountingDay day =
        CountingDay.of(FAIZABAD)
            .round(FAIZABAD, 1, 2, votes(100, 90, 5))
            .round(FAIZABAD, 2, 2, votes(200, 200, 10));

    assertThat(LeadChanges.of(day.seat(FAIZABAD)))
        .extracting(c -> name(c.leader()))
        .containsExactly("AWADHESH PRASAD", "-");
  }

  private static String name(java.util.Optional<Candidate> c) {
    return c.map(Candidate::name).orElse("-");
  }
}
