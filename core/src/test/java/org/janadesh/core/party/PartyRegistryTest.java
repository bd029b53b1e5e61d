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

  @Test
  void aScopedOverrideWinsOnlyInItsSourceAndYears() {
    PartyRegistry registry =
        PartyRegistry.of(
            List.of(
                Fixtures.party("JNP", "Janata Party", "JP"),
                Fixtures.party("JKP", "Jharkhand Party")),
            List.of(new PartyOverride("tcpd", "JP", 1952, 1976, PartyId.of("JKP"))));

    assertThat(registry.find("tcpd", "JP", 1962)).map(Party::id).contains(PartyId.of("JKP"));
    assertThat(registry.find("tcpd", "JP", 1977)).map(Party::id).contains(PartyId.of("JNP"));
    assertThat(registry.find("eci-site", "JP", 1962)).map(Party::id).contains(PartyId.of("JNP"));
  }

  @Test
  void overlappingOrDanglingOverridesAreRejectedAtLoad() {
    List<Party> parties = List.of(Fixtures.party("JNP", "Janata Party"));
    assertThatThrownBy(
            () ->
                PartyRegistry.of(
                    parties,
                    List.of(
                        new PartyOverride("tcpd", "JP", 1952, 1980, PartyId.of("JNP")),
                        new PartyOverride("tcpd", "J.P.", 1977, 1990, PartyId.of("JNP")))))
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                PartyRegistry.of(
                    parties, List.of(new PartyOverride("tcpd", "JP", 1952, 1980, PartyId.of("X")))))
        .hasMessageContaining("unknown id X");
  }
}
