package org.janadesh.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyKind;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.ingest.Csv;
import org.junit.jupiter.api.Test;

class PartiesCsvTest {
  private static final String NO_OVERRIDES = "source,label,from_year,to_year,party,note\n";

  @Test
  void aliasesSeparatedByBarsAllNameTheParty() {
    String text =
        Csv.lines(
            "id,name,kind,aliases",
            "IND,Independent,independent,IIND",
            "CPI(M),Communist Party of India (Marxist),party,CPM|CPIM|CPI (M)");

    PartyRegistry parties =
        PartiesCsv.read(
            "parties.csv", Csv.bytes(text), "party_overrides.csv", Csv.bytes(NO_OVERRIDES));

    assertThat(parties.find("CPI (M)").orElseThrow().id()).isEqualTo(PartyId.of("CPI(M)"));
    assertThat(parties.find("cpm").orElseThrow().id()).isEqualTo(PartyId.of("CPI(M)"));
    assertThat(parties.party(PartyId.INDEPENDENT).kind()).isEqualTo(PartyKind.INDEPENDENT);
  }

  @Test
  void aLabelNamingTwoPartiesIsRefused() {
    String text =
        Csv.lines(
            "id,name,kind,aliases",
            "CPI(M),Communist Party of India (Marxist),party,CPM",
            "CPM2,Communist Party of Mizoram,party,CPM");

    assertThatThrownBy(
            () ->
                PartiesCsv.read(
                    "parties.csv", Csv.bytes(text), "party_overrides.csv", Csv.bytes(NO_OVERRIDES)))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageContaining("'CPM' names both CPI(M) and CPM2");
  }

  @Test
  void anUnknownKindIsRefused() {
    String text = Csv.lines("id,name,kind,aliases", "X,Xyz,club,");

    assertThatThrownBy(
            () ->
                PartiesCsv.read(
                    "parties.csv", Csv.bytes(text), "party_overrides.csv", Csv.bytes(NO_OVERRIDES)))
        .hasMessageContaining("parties.csv:2 [kind] kind must be party or independent: 'club'");
  }

  @Test
  void aScopedOverrideResolvesTheLabelOnlyInItsSourceAndYears() {
    String parties =
        """
        id,name,kind,aliases
        JNP,Janata Party,party,JP
        JKP,Jharkhand Party,party,
        """;
    String overrides =
        NO_OVERRIDES + "tcpd,JP,1952,1976,JKP,TCPD Party_ID of the Jharkhand Party\n";

    PartyRegistry registry =
        PartiesCsv.read(
            "parties.csv", Csv.bytes(parties), "party_overrides.csv", Csv.bytes(overrides));

    assertThat(registry.find("tcpd", "JP", 1962).orElseThrow().id().value()).isEqualTo("JKP");
    assertThat(registry.find("tcpd", "JP", 1977).orElseThrow().id().value()).isEqualTo("JNP");
  }

  @Test
  void anOverrideNamingAnUnknownPartyIsAProblemOfTheFile() {
    String overrides = NO_OVERRIDES + "tcpd,JP,1952,1976,NOPE,\n";

    assertThatThrownBy(
            () ->
                PartiesCsv.read(
                    "parties.csv",
                    Csv.bytes("id,name,kind,aliases\nJNP,Janata Party,party,JP\n"),
                    "party_overrides.csv",
                    Csv.bytes(overrides)))
        .hasMessageContaining("unknown id NOPE");
  }
}
