package org.janadesh.core.counting.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.janadesh.core.counting.Decision;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.SeatStatus;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.junit.jupiter.api.Test;

class SyntheticElectionTest {
  private static final Instant EIGHT_AM = Instant.parse("2024-06-04T02:30:00Z");
  private static final Contest FAIZABAD = Fixtures.faizabad();
  private static final Contest AMETHI =
      Fixtures.contest(Fixtures.UP, 37, "AMETHI")
          .candidate("KISHORI LAL", "INC", 539_000, 228)
          .candidate("SMRITI IRANI", "BJP", 372_000, 32)
          .polled();

  @Test
  void theSeatsAreInterleavedInTimeAndTheSameSeedGivesTheSameStream() {
    List<Submission> day =
        SyntheticElection.of(Fixtures.LS_2024, List.of(FAIZABAD, AMETHI), 7, EIGHT_AM);

    assertThat(day)
        .isEqualTo(SyntheticElection.of(Fixtures.LS_2024, List.of(AMETHI, FAIZABAD), 7, EIGHT_AM));
    assertThat(day).isSortedAccordingTo(java.util.Comparator.comparing(Submission::received));
    assertThat(day.subList(0, 2)).extracting(s -> s.update().kind()).containsOnly("PostalCounted");
  }

  @Test
  void theStreamReplaysToTheOfficialResult() {
    List<Contest> seats = List.of(FAIZABAD, AMETHI);
    ElectionCount count = ElectionCount.start(Nominations.from(Fixtures.LS_2024, seats));
    for (Submission s : SyntheticElection.of(Fixtures.LS_2024, seats, 3, EIGHT_AM)) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      assertThat(step.decision()).isInstanceOf(Decision.Accepted.class);
      count = step.count();
    }
    for (Contest c : seats) {
      Polled p = (Polled) c.outcome();
      assertThat(count.seat(c.constituency()).orElseThrow().status())
          .isInstanceOfSatisfying(
              SeatStatus.Declared.class,
              d -> {
                assertThat(d.winner()).isEqualTo(p.winner().candidate());
                assertThat(d.margin()).isEqualTo(p.margin().orElseThrow());
              });
    }
  }
}
