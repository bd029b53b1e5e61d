package org.janadesh.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.janadesh.core.geography.ConstituencyAlias;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.ingest.Csv;
import org.junit.jupiter.api.Test;

class ConstituencyAliasesCsvTest {
  @Test
  void anAliasNamesAConstituencyOfOneHouseAndOrder() {
    String text = Csv.lines("house,state,number,delimitation,alias", "ae,S25,161,2008,Baliganj");

    assertThat(ConstituencyAliasesCsv.read("a.csv", Csv.bytes(text)))
        .containsExactly(
            new ConstituencyAlias(
                new ConstituencyId(
                    House.VIDHAN_SABHA, StateCode.of("S25"), 161, Delimitation.of(2008)),
                "Baliganj"));
  }

  @Test
  void anUnknownHouseAndARepeatedAliasAreRefused() {
    assertThatThrownBy(
            () ->
                ConstituencyAliasesCsv.read(
                    "a.csv",
                    Csv.bytes(
                        Csv.lines("house,state,number,delimitation,alias", "rs,S25,1,2008,X"))))
        .hasMessageContaining("a.csv:2 [house] house must be ls or ae: 'rs'");
    assertThatThrownBy(
            () ->
                ConstituencyAliasesCsv.read(
                    "a.csv",
                    Csv.bytes(
                        Csv.lines(
                            "house,state,number,delimitation,alias",
                            "ls,S22,18,2008,Tirupur",
                            "ls,S22,18,2008,TIRUPUR"))))
        .hasMessageContaining("alias 'TIRUPUR' of ls/S22/18@2008 repeats");
  }
}
