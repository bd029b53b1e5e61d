package org.janadesh.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.janadesh.core.text.EditDistance;
import org.junit.jupiter.api.Test;

/** The banded test PER-1's slip of the pen uses gives the full table's answer. */
class PersonNameEditsTest {
  @Property(tries = 2000)
  void withinEditsAgreesWithTheFullDistance(
      @ForAll @StringLength(max = 16) @CharRange(from = 'A', to = 'E') String a,
      @ForAll @StringLength(max = 16) @CharRange(from = 'A', to = 'E') String b,
      @ForAll @IntRange(min = 0, max = 4) int k) {
    assertThat(PersonName.withinEdits(a, b, k))
        .as("%s / %s within %d", a, b, k)
        .isEqualTo(EditDistance.between(a, b) <= k);
  }

  @Test
  void aSlipOfThePenInALongNameIsWithinTwoEdits() {
    assertThat(PersonName.withinEdits("PEETHAMBARAKURUP", "PEETHAMBARAKURUPP", 2)).isTrue();
    assertThat(PersonName.withinEdits("AMETHI", "AMEHTI", 1)).as("a swap counts once").isTrue();
    assertThat(PersonName.withinEdits("RAJESHKUMAR", "RAKESHKUMAR", 0)).isFalse();
  }
}
