package org.janadesh.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void tirupurIsOneInsertionFromTiruppur() {
    assertThat(EditDistance.between("TIRUPUR", "TIRUPPUR")).isEqualTo(1);
  }

  @Test
  void anAdjacentSwapCountsOnce() {
    assertThat(EditDistance.between("AMETHI", "AMEHTI")).isEqualTo(1);
  }

  @Test
  void distanceFromEmptyIsTheLength() {
    assertThat(EditDistance.between("", "KOLLAM")).isEqualTo(6);
  }

  @Property
  void distanceIsSymmetricAndZeroOnlyForEqualStrings(@ForAll String a, @ForAll String b) {
    assertThat(EditDistance.between(a, b)).isEqualTo(EditDistance.between(b, a));
    assertThat(EditDistance.between(a, b) == 0).isEqualTo(a.equals(b));
  }
}
