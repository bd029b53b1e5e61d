package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.StateCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimitationsTest {
  @ParameterizedTest(name = "Lok Sabha {0} in {1} sat under the {2} order")
  @CsvSource({
    "1952,S24,1951",
    "1957,S24,1956",
    "1962,S24,1961",
    "1967,S24,1966",
    "1971,S24,1966",
    "1977,S24,1976",
    "2004,S24,2000",
    "2004,S22,1976",
    "1971,S08,1970",
    "1971,S24,1966",
    "2014,S01,2008",
    "2019,S01,2014",
    "2024,S01,2014",
    "2024,U03,2020",
    "2009,S24,2008",
    "2019,S03,2008",
    "2024,S24,2008",
    "2024,S03,2023",
    "2024,U08,2022",
    "2024,U09,2022"
  })
  void theOrderInForceFollowsTheGeneralElection(int year, String state, int order) {
    assertThat(Delimitations.lokSabha(year, StateCode.of(state))).hasValue(Delimitation.of(order));
  }

  @ParameterizedTest(name = "no Lok Sabha general election in {0}")
  @CsvSource({"1953", "1985", "2020"})
  void aYearWithoutAGeneralElectionHasNoOrder(int year) {
    assertThat(Delimitations.lokSabha(year, StateCode.of("S24"))).isEmpty();
  }
}
