package org.janadesh.core.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.fixture.Fixtures.BIHAR;
import static org.janadesh.core.fixture.Fixtures.MAHARASHTRA;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;
import static org.janadesh.core.fixture.Fixtures.pc;

import java.util.List;
import java.util.Optional;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.geography.ConstituencyAlias;
import org.janadesh.core.geography.StateCode;
import org.junit.jupiter.api.Test;

class ConstituencyFinderTest {
  private static final StateCode TAMIL_NADU = StateCode.of("S22");

  private final ConstituencyFinder finder =
      ConstituencyFinder.of(
          List.of(
              Fixtures.faizabad(),
              contest(BIHAR, 35, "AURANGABAD").candidate("A", "BJP", 10).polled(),
              contest(MAHARASHTRA, 19, "AURANGABAD").candidate("B", "SP", 10).polled(),
              contest(TAMIL_NADU, 18, "TIRUPPUR").candidate("C", "CPI(M)", 10).polled()),
          List.of(new ConstituencyAlias(pc(UP, 54), "Ayodhya")));

  @Test
  void aNameInAnySpellingIsFound() {
    assertThat(finder.find("faizabad", Optional.empty())).isInstanceOf(Lookup.Found.class);
    assertThat(finder.find("Ayodhya", Optional.empty()))
        .isEqualTo(new Lookup.Found(Fixtures.faizabad()));
  }

  @Test
  void aNameSharedByTwoStatesAsksForTheState() {
    Lookup lookup = finder.find("Aurangabad", Optional.empty());

    assertThat(lookup).isInstanceOf(Lookup.Ambiguous.class);
    assertThat(((Lookup.Ambiguous) lookup).matches()).hasSize(2);
    assertThat(finder.find("Aurangabad", Optional.of(BIHAR))).isInstanceOf(Lookup.Found.class);
  }

  @Test
  void aMisspeltNameGetsSuggestions() {
    Lookup lookup = finder.find("Tirupur", Optional.empty());

    assertThat(lookup).isEqualTo(new Lookup.NotFound("Tirupur", List.of("TIRUPPUR")));
  }

  @Test
  void aNumberNeedsTheStateWhenSeveralStatesHaveIt() {
    assertThat(finder.find("54", Optional.empty())).isInstanceOf(Lookup.Found.class);
    assertThat(finder.find("19", Optional.of(MAHARASHTRA))).isInstanceOf(Lookup.Found.class);
    assertThat(finder.find("77", Optional.empty())).isInstanceOf(Lookup.NotFound.class);
  }

  @Test
  void nothingNearGivesNoSuggestions() {
    assertThat(finder.find("Zzzzzzzzzz", Optional.empty()))
        .isEqualTo(new Lookup.NotFound("Zzzzzzzzzz", List.of()));
  }
}
