package org.janadesh.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.janadesh.core.geography.State;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.ingest.Csv;
import org.junit.jupiter.api.Test;

class StatesCsvTest {
  @Test
  void aFileWithoutTheAbbreviationColumnIsRefusedNamingIt() {
    String text = Csv.lines("code,name,from_year,to_year,aliases", "S24,Uttar Pradesh,,,");

    assertThatThrownBy(() -> StatesCsv.read("states.csv", Csv.bytes(text)))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageContaining("states.csv:1 [abbr] the header has no column 'abbr'");
  }

  @Test
  void blankYearsMeanFromTheFirstElectionAndStillExisting() {
    String text =
        Csv.lines(
            "code,name,abbr,from_year,to_year,aliases",
            "S22,Tamil Nadu,tn,,,Madras",
            "X01,Bombay,bom,1950,1960,");

    StateRegistry states = StatesCsv.read("states.csv", Csv.bytes(text));

    State tamilNadu = states.state(StateCode.of("S22"), 2024);
    assertThat(tamilNadu.fromYear()).isEqualTo(1950);
    assertThat(tamilNadu.toYear()).isEqualTo(StatesCsv.STILL_EXISTS);
    assertThat(states.resolve("Madras", 1962)).isEqualTo(StateCode.of("S22"));
    assertThat(states.find("Bombay", 1962)).isEmpty();
  }

  @Test
  void everyBadRowIsReportedAtOnce() {
    String text =
        Csv.lines(
            "code,name,abbr,from_year,to_year,aliases",
            "Q1,Nowhere,nw,,,",
            "S24,Uttar Pradesh,UP,,,",
            "S25,West Bengal,wb,2000,1990,");

    assertThatThrownBy(() -> StatesCsv.read("states.csv", Csv.bytes(text)))
        .isInstanceOf(InvalidRegistryException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRegistryException) e).problems())
                    .extracting(p -> p.line() + ":" + p.field())
                    .containsExactly("2:code", "3:abbr", "4:to_year"));
  }

  @Test
  void oneAbbreviationForTwoStatesInOverlappingYearsIsRefused() {
    String text =
        Csv.lines(
            "code,name,abbr,from_year,to_year,aliases",
            "S09,Jammu & Kashmir,jk,,2019,",
            "U08,Jammu and Kashmir,jk,2020,,",
            "U09,Ladakh,jk,2020,,");

    assertThatThrownBy(() -> StatesCsv.read("states.csv", Csv.bytes(text)))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageContaining("abbr 'jk' names both U08 and U09 in overlapping years")
        .satisfies(e -> assertThat(((InvalidRegistryException) e).problems()).hasSize(1));
  }
}
