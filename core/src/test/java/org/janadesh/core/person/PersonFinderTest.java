package org.janadesh.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.janadesh.core.geography.StateCode;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
  private static final Careers CAREERS =
      new Fixture()
          .general(
              2014,
              "S11",
              18,
              2008,
              "KOLLAM",
              "N.K.PREMACHANDRAN/RSP/100",
              "R. PREMACHANDRAN/IND/5")
          .general(
              2019,
              "S11",
              18,
              2008,
              "KOLLAM",
              "N K PREMACHANDRAN/RSP/100",
              "V.S. PREMACHANDRAN/IND/5")
          .general(
              2019, "S22", 29, 2008, "NAGAPATTINAM", "SELVARAJ M/CPI/100", "SARAVANAN M/ADMK/50")
          .general(
              2024, "S22", 29, 2008, "NAGAPATTINAM", "SELVARAJ V/CPI/100", "SURSITH SANKAR/ADMK/40")
          .careers(List.of());
  private static final PersonFinder FINDER = PersonFinder.of(CAREERS.people());

  @Test
  void aSurnameAloneFindsTheOnlyWinnerAndNamesTheOthers() {
    PersonLookup found = FINDER.find("Premachandran", Optional.empty());
    assertThat(found)
        .isInstanceOfSatisfying(
            PersonLookup.Found.class,
            f -> {
              assertThat(f.person().value()).isEqualTo("S11-2014-PREMACHANDRAN-KN");
              assertThat(f.alsoMatching()).hasSize(2);
            });
  }

  @Test
  void twoWinnersOfOneNameAreAmbiguousUntilTheInitialsSay() {
    assertThat(FINDER.find("Selvaraj", Optional.empty()))
        .isInstanceOfSatisfying(
            PersonLookup.Ambiguous.class, a -> assertThat(a.matches()).hasSize(2));
    assertThat(FINDER.find("V. Selvaraj", Optional.of(StateCode.of("S22"))))
        .isInstanceOf(PersonLookup.Found.class);
    assertThat(FINDER.find("Selvaraj", Optional.of(StateCode.of("S11"))))
        .isInstanceOf(PersonLookup.NotFound.class);
  }

  @Test
  void aMisspeltNameGetsSuggestions() {
    assertThat(FINDER.find("Premachandren", Optional.empty()))
        .isInstanceOfSatisfying(
            PersonLookup.NotFound.class,
            n -> assertThat(n.suggestions()).contains("N.K.PREMACHANDRAN"));
    assertThat(FINDER.find("...", Optional.empty()))
        .isInstanceOfSatisfying(
            PersonLookup.NotFound.class, n -> assertThat(n.suggestions()).isEmpty());
  }
}
