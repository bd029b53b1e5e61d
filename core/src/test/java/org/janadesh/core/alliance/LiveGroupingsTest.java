package org.janadesh.core.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.janadesh.core.counting.Grouping;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.junit.jupiter.api.Test;

class LiveGroupingsTest {
  private static final StateCode KERALA = StateCode.of("S11");
  private static final PartyId INC = PartyId.of("INC");
  private static final PartyId CPIM = PartyId.of("CPI(M)");
  private static final PartyId BJP = PartyId.of("BJP");

  private final AllianceBook book =
      AllianceBook.of(
          List.of(
              new Alliance(Fixtures.LS_2024, "INDIA", Set.of(INC, CPIM), Map.of(KERALA, Set.of())),
              new Alliance(Fixtures.LS_2024, "UDF", Set.of(), Map.of(KERALA, Set.of(INC)))),
          List.of());

  @Test
  void aNationalLiveTallyUsesNationalMembershipEvenInAStateWithItsOwnFronts() {
    Grouping national = LiveGroupings.national(book, Fixtures.LS_2024);

    assertThat(national.groupOf(INC, KERALA)).isEqualTo("INDIA");
    assertThat(national.groupOf(CPIM, KERALA)).isEqualTo("INDIA");
    assertThat(national.groupOf(BJP, KERALA)).isEqualTo(Membership.OTHERS);
  }

  @Test
  void aStateLiveTallyUsesTheStatesOwnRecordWhereThereIsOne() {
    Grouping byState = LiveGroupings.byState(book, Fixtures.LS_2024);

    assertThat(byState.groupOf(INC, KERALA)).isEqualTo("UDF");
    assertThat(byState.groupOf(CPIM, KERALA)).isEqualTo(Membership.OTHERS);
    assertThat(byState.groupOf(INC, Fixtures.UP)).isEqualTo("INDIA");
  }
}
