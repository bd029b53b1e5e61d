package org.janadesh.core.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.junit.jupiter.api.Test;

class AllianceBookTest {
  private static final StateCode KERALA = StateCode.of("S11");
  private static final PartyId INC = PartyId.of("INC");
  private static final PartyId CPIM = PartyId.of("CPI(M)");

  @Test
  void aStateRecordReplacesTheNationalMembershipThereOnly() {
    Alliance india =
        new Alliance(Fixtures.LS_2024, "INDIA", Set.of(INC, CPIM), Map.of(KERALA, Set.of()));
    Alliance udf = new Alliance(Fixtures.LS_2024, "UDF", Set.of(), Map.of(KERALA, Set.of(INC)));
    AllianceBook book = AllianceBook.of(List.of(india, udf), List.of());

    assertThat(book.membership(Fixtures.LS_2024, Optional.empty()).subjectOf(CPIM))
        .isEqualTo("INDIA");
    assertThat(book.membership(Fixtures.LS_2024, Optional.of(KERALA)).subjectOf(INC))
        .isEqualTo("UDF");
    assertThat(book.membership(Fixtures.LS_2024, Optional.of(KERALA)).subjectOf(CPIM))
        .isEqualTo(Membership.OTHERS);
    assertThat(book.membership(Fixtures.LS_2024, Optional.of(Fixtures.UP)).subjectOf(INC))
        .isEqualTo("INDIA");
    assertThat(india.apartIn(KERALA)).containsExactly(CPIM, INC);
  }

  @Test
  void all4RefusesAPartyInTwoAlliancesInOneScope() {
    Alliance a = new Alliance(Fixtures.LS_2024, "A", Set.of(INC), Map.of());
    Alliance b = new Alliance(Fixtures.LS_2024, "B", Set.of(INC), Map.of());

    assertThatThrownBy(() -> AllianceBook.of(List.of(a, b), List.of()))
        .hasMessageContaining("ALL-4: INC is in both A and B in ls-2024 (national)");
  }

  @Test
  void namedGroupsAreFoundInAnyCaseAndNamedOncePerBook() {
    Bloc left = new Bloc("Left", Set.of(CPIM, PartyId.of("CPI")));
    AllianceBook book = AllianceBook.of(List.of(), List.of(left));

    assertThat(book.group("LEFT")).contains(left);
    assertThat(book.groups()).containsExactly(left);
    assertThat(book.alliances(Fixtures.LS_2024)).isEmpty();
    assertThatThrownBy(() -> AllianceBook.of(List.of(), List.of(left, left)))
        .hasMessageContaining("group Left is recorded twice");
  }

  @Test
  void anAdHocBlocIsNamedAfterItsMembersAndCountsOthersAsThemselves() {
    Bloc bloc = Bloc.of(List.of(CPIM, PartyId.of("CPI")));

    assertThat(bloc.name()).isEqualTo("CPI(M)+CPI");
    assertThat(bloc.subjectOf(CPIM)).isEqualTo("CPI(M)+CPI");
    assertThat(bloc.subjectOf(INC)).isEqualTo("INC");
    assertThatThrownBy(() -> new Bloc("Empty", Set.of())).hasMessageContaining("ALL-6");
    assertThatThrownBy(() -> new Alliance(Fixtures.LS_2024, "Others", Set.of(), Map.of()))
        .hasMessageContaining("ALL-4");
  }

  @Test
  void aBlocTallyHasTheBlocAndOthersLast() {
    var contests =
        List.of(
            Fixtures.contest(Fixtures.UP, 1, "A")
                .candidate("x", "CPI(M)", 10)
                .candidate("y", "BJP", 90)
                .polled(),
            Fixtures.contest(Fixtures.UP, 2, "B")
                .candidate("x", "CPI(M)", 60)
                .candidate("y", "BJP", 40)
                .polled());
    var tally = AllianceTallies.count(Fixtures.LS_2024, "India", contests, Bloc.of(List.of(CPIM)));

    assertThat(tally.rows()).extracting(r -> r.subject()).containsExactly("CPI(M)", "Others");
    var cpim = tally.row("CPI(M)").orElseThrow();
    assertThat(cpim.won()).isEqualTo(1);
    assertThat(cpim.strikeRate().getAsDouble()).isEqualTo(50.0);
    assertThat(cpim.voteShare().getAsDouble()).isEqualTo(35.0);
    assertThat(cpim.voteShareInContested().getAsDouble()).isEqualTo(35.0);
    assertThat(cpim.forfeited().getAsInt()).isEqualTo(1);
    assertThat(tally.majorityMark()).isEqualTo(2);
  }
}
