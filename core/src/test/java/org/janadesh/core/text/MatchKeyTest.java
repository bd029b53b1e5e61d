package org.janadesh.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeyTest {
  @Test
  void pressFormsOfOnePartyShareAKey() {
    assertThat(MatchKey.of("CPI(M)"))
        .isEqualTo(MatchKey.of("CPI (M)"))
        .isEqualTo(MatchKey.of("CPIM"))
        .isEqualTo(MatchKey.of("cpi(m)"));
  }

  @Test
  void ampersandReadsAsAnd() {
    assertThat(MatchKey.of("Jammu_&_Kashmir")).isEqualTo(MatchKey.of("Jammu and Kashmir"));
  }

  @Test
  void aNameWithoutLettersHasABlankKey() {
    assertThat(MatchKey.of(" - ")).isEmpty();
  }
}
