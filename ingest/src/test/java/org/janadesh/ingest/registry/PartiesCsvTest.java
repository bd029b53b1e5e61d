package org.janadesh.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyKind;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.ingest.Csv;
import org.junit.jupiter.api.Test;

class PartiesCsvTest {
  @Test
  void aliasesSeparatedByBarsAllNameTheParty() {
    String text =
        Csv.lines(
            "id,name,kind,aliases",
            "IND,Independent,independent,IIND",
            "CPI(M),Communist Party of India (Marxist),party,CPM|CPIM|CPI (M)");

    PartyRegistry parties = PartiesCsv.read("parties.csv", Csv.bytes(text));

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

    assertThatThrownBy(() -> PartiesCsv.read("parties.csv", Csv.bytes(text)))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageContaining("'CPM' names both CPI(M) and CPM2");
  }

  @Test
  void anUnknownKindIsRefused() {
    String text = Csv.lines("id,name,kind,aliases", "X,Xyz,club,");

    assertThatThrownBy(() -> PartiesCsv.read("parties.csv", Csv.bytes(text)))
        .hasMessageContaining("parties.csv:2 [kind] kind must be party or independent: 'club'");
  }
}
