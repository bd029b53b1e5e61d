package org.janadesh.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.janadesh.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

class PartyRegistryTest {
  private final PartyRegistry parties = Fixtures.parties();

  @Test
  void everyPressFormOfCpiMResolvesToOneId() {
    for (String label :
        List.of("CPI(M)", "CPM", "CPIM", "CPI (M)", "Communist Party of India (Marxist)")) {
      assertThat(parties.resolve(label).id()).as(label).isEqualTo(PartyId.of("CPI(M)"));
    }
  }

  @Test
  void anUnknownPartyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> parties.resolve("XYZ Front"))
        .isInstanceOf(UnknownPartyException.class)
        .hasMessageContaining("'XYZ Front'");
  }

  @Test
  void anAliasNamingTwoPartiesIsRejectedAtLoad() {
    assertThatThrownBy(
            () ->
                PartyRegistry.of(
                    List.of(
                        Fixtures.party("CPI(M)", "Communist Party of India (Marxist)"),
                        Fixtures.party("CPIM2", "Another party", "CPI (M)"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names both CPI(M) and CPIM2");
  }

  @Test
  void theIdOfAnUnknownPartyCannotBeLookedUp() {
    assertThat(parties.party(PartyId.INDEPENDENT).kind()).isEqualTo(PartyKind.INDEPENDENT);
    assertThat(parties.size()).isEqualTo(6);
    assertThatThrownBy(() -> parties.party(PartyId.of("NOPE")))
        .isInstanceOf(UnknownPartyException.class);
  }
}
