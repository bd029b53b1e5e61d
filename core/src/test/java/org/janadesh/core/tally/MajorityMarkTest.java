package org.janadesh.core.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.janadesh.core.election.ElectionId;
import org.junit.jupiter.api.Test;

/** ALL-8: more than half the seats of the scope. */
class MajorityMarkTest {
  @Test
  void all8TheLokSabhaMarkIs272Of543AndUttarPradeshs41Of80() {
    assertThat(MajorityMark.of(543)).isEqualTo(272);
    assertThat(MajorityMark.of(542)).isEqualTo(272);
    assertThat(MajorityMark.of(80)).isEqualTo(41);
    assertThat(MajorityMark.of(1)).isEqualTo(1);
  }

  @Test
  void all8ShortfallIsSeatsToTheMarkAndZeroAtOrAboveIt() {
    // 2024: BJP 240 of 543, NDA 293.
    assertThat(MajorityMark.shortBy(240, 543)).isEqualTo(32);
    assertThat(MajorityMark.shortBy(272, 543)).isZero();
    assertThat(MajorityMark.shortBy(293, 543)).isZero();
  }

  @Test
  void undecidedSeatsAreTheSeatsNoRowWon() {
    PerformanceTally tally =
        new PerformanceTally(
            ElectionId.of("ls-2024"),
            "India",
            5,
            OptionalLong.empty(),
            List.of(won("A", 3), won("Others", 1)));

    assertThat(tally.undecided()).isEqualTo(1);
  }

  private static Performance won(String subject, int seats) {
    return new Performance(
        subject,
        seats,
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalLong.empty(),
        OptionalDouble.empty(),
        OptionalLong.empty(),
        OptionalInt.empty());
  }

  @Test
  void all8NegativeSeatsAreRefused() {
    assertThatThrownBy(() -> MajorityMark.of(-1)).hasMessageContaining("ALL-8");
  }
}
