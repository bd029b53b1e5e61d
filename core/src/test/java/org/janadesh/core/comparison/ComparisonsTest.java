package org.janadesh.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static final ElectionId LS_2019 = ElectionId.lokSabha(2019);

  private static Contest seat(int number, String winner, long a, String loser, long b) {
    return Fixtures.contest(Fixtures.UP, number, "PC " + number)
        .candidate("W", winner, a)
        .candidate("L", loser, b)
        .polled();
  }

  @Test
  void cmp4SeatsAreHeldGainedOrLostAndCmp3SwingIsInPoints() {
    List<Contest> before = List.of(seat(1, "BJP", 60, "SP", 40), seat(2, "BJP", 70, "SP", 30));
    List<Contest> now = List.of(seat(1, "SP", 55, "BJP", 45), seat(2, "BJP", 51, "SP", 49));

    ElectionComparison cmp =
        Comparisons.compare(
            "India", Side.byParty(LS_2019, before), Side.byParty(Fixtures.LS_2024, now));

    SubjectChange sp = cmp.about("SP").rows().getFirst();
    assertThat(sp.seatsPrevious()).isZero();
    assertThat(sp.seatsCurrent()).isEqualTo(1);
    assertThat(sp.change()).isEqualTo(1);
    assertThat(sp.swing().getAsDouble()).isEqualTo(17.0);
    assertThat(cmp.flips())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.from()).isEqualTo("BJP");
              assertThat(f.to()).isEqualTo("SP");
              assertThat(f.previousWinner().party().value()).isEqualTo("BJP");
            });
    assertThat(cmp.seats()).filteredOn(SeatChange::held).hasSize(1);
    assertThat(cmp.notComparable()).isEmpty();
  }

  @Test
  void cmp1ASeatOfAnotherDelimitationIsNotComparableOnEitherSide() {
    Contest old =
        new Contest(
            LS_2019,
            new ConstituencyId(House.LOK_SABHA, Fixtures.UP, 1, Delimitation.of(1976)),
            "OLD",
            seat(1, "BJP", 60, "SP", 40).outcome());
    Contest fresh = seat(1, "SP", 60, "BJP", 40);

    ElectionComparison cmp =
        Comparisons.compare(
            "India",
            Side.byParty(LS_2019, List.of(old)),
            Side.byParty(Fixtures.LS_2024, List.of(fresh)));

    assertThat(cmp.seats()).isEmpty();
    assertThat(cmp.notComparable()).extracting(NotComparable::name).containsExactly("PC 1", "OLD");
    assertThat(cmp.notComparable()).allSatisfy(n -> assertThat(n.reason()).startsWith("CMP-1"));
  }

  @Test
  void cmp4ATwoMemberSeatIsNotComparedAndWinnersOnlyYearsHaveNoSwing() {
    Contest twoMember = Fixtures.contest(Fixtures.UP, 1, "TWO").winnersOnly("INC", "INC");
    Contest single = Fixtures.contest(Fixtures.UP, 1, "TWO").winnersOnly("INC");

    ElectionComparison cmp =
        Comparisons.compare(
            "India",
            Side.byParty(LS_2019, List.of(twoMember)),
            Side.byParty(Fixtures.LS_2024, List.of(single)));

    assertThat(cmp.notComparable())
        .singleElement()
        .satisfies(n -> assertThat(n.reason()).startsWith("CMP-4"));
    SubjectChange inc = cmp.rows().getFirst();
    assertThat(inc.change()).isEqualTo(-1);
    assertThat(inc.swing()).isEmpty();
  }
}
