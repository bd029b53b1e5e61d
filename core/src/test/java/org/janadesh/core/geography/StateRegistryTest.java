package org.janadesh.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateRegistryTest {
  private final StateRegistry states =
      StateRegistry.of(
          List.of(
              new State(StateCode.of("S09"), "Jammu & Kashmir", "jk", 1951, 2019, List.of()),
              new State(StateCode.of("U08"), "Jammu and Kashmir", "jk", 2019, 9999, List.of()),
              new State(StateCode.of("S24"), "Uttar Pradesh", "up", 1951, 9999, List.of("UP")),
              new State(StateCode.of("S22"), "Tamil Nadu", "tn", 1951, 9999, List.of("Madras"))));

  @Test
  void aPeriodTagIsNotPartOfTheName() {
    assertThat(states.resolve("Uttar Pradesh [1947 - 1999]", 1977)).isEqualTo(StateCode.of("S24"));
  }

  @Test
  void theSameNameMeansTheStateBefore2019AndTheUnionTerritoryAfter() {
    assertThat(states.resolve("Jammu_&_Kashmir", 2014)).isEqualTo(StateCode.of("S09"));
    assertThat(states.resolve("JAMMU AND KASHMIR", 2024)).isEqualTo(StateCode.of("U08"));
  }

  @Test
  void aNameValidForTwoCodesInOneYearIsAnError() {
    assertThatThrownBy(() -> states.resolve("Jammu and Kashmir", 2019))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ambiguous");
  }

  @Test
  void anOldNameResolvesToTheCurrentCode() {
    assertThat(states.resolve("Madras", 1967)).isEqualTo(StateCode.of("S22"));
  }

  @Test
  void anUnknownStateIsAnErrorNamingIt() {
    assertThatThrownBy(() -> states.resolve("Atlantis", 2024))
        .isInstanceOf(UnknownStateException.class)
        .hasMessageContaining("'Atlantis'");
  }

  @Test
  void theEntryInForceGivesTheName() {
    assertThat(states.state(StateCode.of("S09"), 2024).name()).isEqualTo("Jammu & Kashmir");
    assertThat(states.state(StateCode.of("S22"), 2024).abbreviation()).isEqualTo("tn");
    assertThat(states.states()).hasSize(4);
  }

  @Test
  void codesHaveTheEciForm() {
    assertThatThrownBy(() -> StateCode.of("S1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(StateCode.of("U05").compareTo(StateCode.of("S29"))).isPositive();
  }
}
