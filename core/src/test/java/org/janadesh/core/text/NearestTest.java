package org.janadesh.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NearestTest {
  @Test
  void suggestsTheClosestSpellingsFirstAtMostThreeAndNothingFarOff() {
    assertThat(Nearest.to("AITCC", Stream.of("AITC", "INC", "AIADMK", "AITC")))
        .containsExactly("AITC");
    assertThat(Nearest.to("CPI", Stream.of("CPR", "CPM", "CPIM", "CP", "CPI")))
        .containsExactly("CPI", "CP", "CPIM");
    assertThat(Nearest.to("Kerala", Stream.of("Bihar", "Assam"))).isEmpty();
  }
}
