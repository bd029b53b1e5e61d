package org.janadesh.core.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.junit.jupiter.api.Test;

class ElectionIdTest {
  @Test
  void idsReadAsTheBriefSpellsThem() {
    assertThat(ElectionId.lokSabha(2024).value()).isEqualTo("ls-2024");
    assertThat(ElectionId.assembly("WB", 2021).value()).isEqualTo("ae-wb-2021");
    assertThat(ElectionId.byElection(House.VIDHAN_SABHA, "wb", 161, 2022, 1).value())
        .isEqualTo("bye-wb-161-2022");
    assertThat(ElectionId.byElection(House.LOK_SABHA, "up", 54, 1968, 2).value())
        .isEqualTo("bye-ls-up-54-1968-2");
  }

  @Test
  void userInputIsTrimmedAndLowerCased() {
    assertThat(ElectionId.of(" LS-2019 ")).isEqualTo(ElectionId.lokSabha(2019));
  }

  @Test
  void malformedIdsAreRejected() {
    assertThatThrownBy(() -> ElectionId.of("2024")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aByElectionNeedsAState() {
    assertThatThrownBy(
            () ->
                new Election(
                    ElectionId.of("bye-ls-x-1-2000"),
                    House.LOK_SABHA,
                    ElectionKind.BYE,
                    "by-election",
                    2000,
                    null,
                    "test"))
        .hasMessageContaining("needs a state");
    assertThat(
            new Election(
                    ElectionId.of("bye-ls-up-1-2000"),
                    House.LOK_SABHA,
                    ElectionKind.BYE,
                    "by-election",
                    2000,
                    StateCode.of("S24"),
                    "test")
                .year())
        .isEqualTo(2000);
  }
}
