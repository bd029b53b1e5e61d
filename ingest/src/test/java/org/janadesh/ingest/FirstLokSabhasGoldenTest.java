package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.WinnersOnly;
import org.janadesh.core.tally.SeatTally;
import org.junit.jupiter.api.Test;

/**
 * 1952 and 1957, winners only. 1952 returned 489 members from 401 constituencies (86 of them
 * two-member, North Bengal three-member); 1957 returned 494 from 403 (91 two-member).
 */
class FirstLokSabhasGoldenTest {
  private static Map<Integer, Integer> contestsByMembers(List<Contest> contests) {
    Map<Integer, Integer> counts = new TreeMap<>();
    contests.forEach(c -> counts.merge(c.seats(), 1, Integer::sum));
    return counts;
  }

  @Test
  void in1952Congress364Of489SeatsFrom401Constituencies() {
    List<Contest> contests = Bundled.contests("ls-1952");
    SeatTally tally = Bundled.tally("ls-1952");

    assertThat(contests).hasSize(401).allMatch(c -> c.outcome() instanceof WinnersOnly);
    assertThat(contestsByMembers(contests)).isEqualTo(Map.of(1, 314, 2, 86, 3, 1));
    assertThat(tally.seats()).isEqualTo(489);
    SeatsAssert.assertSeats(tally, Bundled.registries().parties(), Map.of("INC", 364));
    assertThat(contests)
        .filteredOn(c -> c.seats() == 3)
        .singleElement()
        .satisfies(c -> assertThat(c.name()).isEqualTo("North Bengal"));
  }

  @Test
  void in1957Congress371Of494SeatsFrom403Constituencies() {
    List<Contest> contests = Bundled.contests("ls-1957");
    SeatTally tally = Bundled.tally("ls-1957");

    assertThat(contests).hasSize(403);
    assertThat(contestsByMembers(contests)).isEqualTo(Map.of(1, 312, 2, 91));
    assertThat(tally.seats()).isEqualTo(494);
    SeatsAssert.assertSeats(tally, Bundled.registries().parties(), Map.of("INC", 371));
  }

  @Test
  void twoMemberSeatsKeepTheirWinnersInFileOrder() {
    Contest ahmedabad =
        Bundled.contests("ls-1952").stream()
            .filter(c -> c.name().equals("Ahmedabad"))
            .findFirst()
            .orElseThrow();

    assertThat(ahmedabad.outcome().winners())
        .extracting(w -> w.serial() + " " + w.name())
        .containsExactly("1 Mavlankar Ganesh Vasudeo", "2 Vaishya Muldas Bhudardas");
  }
}
