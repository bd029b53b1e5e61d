package org.janadesh.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.geography.House;
import org.janadesh.core.party.PartyId;
import org.junit.jupiter.api.Test;

class HistoriesTest {
  private static Election ls(int year) {
    return new Election(
        ElectionId.lokSabha(year),
        House.LOK_SABHA,
        ElectionKind.GENERAL,
        "Lok Sabha " + year,
        year,
        null,
        "test");
  }

  @Test
  void his2YearsBeforeAPartyStoodAreLeftOutAndHis3TiesGoToTheLatestYear() {
    var stoodNot = Fixtures.contest(Fixtures.UP, 1, "A").candidate("x", "INC", 10).polled();
    var lost =
        Fixtures.contest(Fixtures.UP, 1, "A")
            .candidate("x", "INC", 10)
            .candidate("y", "BJP", 5)
            .polled();
    var won =
        Fixtures.contest(Fixtures.UP, 1, "A")
            .candidate("y", "BJP", 50)
            .candidate("x", "INC", 5)
            .polled();
    var onlyWinners = Fixtures.contest(Fixtures.UP, 1, "A").winnersOnly("INC");

    SeatHistory bjp =
        Histories.of(
            "BJP",
            Set.of(PartyId.of("BJP")),
            List.of(
                new Histories.ElectionResults(ls(1957), List.of(onlyWinners)),
                new Histories.ElectionResults(ls(1980), List.of(stoodNot)),
                new Histories.ElectionResults(ls(1984), List.of(lost)),
                new Histories.ElectionResults(ls(1989), List.of(won)),
                new Histories.ElectionResults(ls(1991), List.of(lost))));

    assertThat(bjp.years()).extracting(YearSeats::year).containsExactly(1984, 1989, 1991);
    assertThat(bjp.lowest()).contains(new YearSeats(1991, ElectionId.lokSabha(1991), 0));
    assertThat(bjp.highest()).contains(new YearSeats(1989, ElectionId.lokSabha(1989), 1));
  }
}
