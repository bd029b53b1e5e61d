package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.core.counting.CountingDay.votes;
import static org.janadesh.core.counting.CountingDay.withNota;
import static org.janadesh.core.fixture.Fixtures.BIHAR;
import static org.janadesh.core.fixture.Fixtures.GUJARAT;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.math.BigDecimal;
import java.util.Optional;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** Votes counted so far per party and their share of every vote counted, NOTA included. */
class LiveVotesTest {
  private static final PartyId BJP = PartyId.of("BJP");
  private static final PartyId SP = PartyId.of("SP");
  private static final PartyId INC = PartyId.of("INC");
  private static final Contest FAIZABAD = Fixtures.faizabad();
  private static final Contest PATNA =
      contest(BIHAR, 30, "PATNA SAHIB")
          .candidate("RAVI SHANKAR PRASAD", "BJP", 580_000, 1_000)
          .candidate("ANSHUL AVIJIT", "INC", 427_000, 600)
          .polled();
  private static final Contest SURAT =
      contest(GUJARAT, 24, "SURAT").uncontested("MUKESH DALAL", "BJP");
  private static final Contest AMETHI =
      contest(UP, 37, "AMETHI")
          .candidate("KISHORI LAL", "INC", 539_000, 228)
          .candidate("SMRITI IRANI", "BJP", 372_000, 32)
          .polled();

  private CountingDay day() {
    return CountingDay.of(FAIZABAD, PATNA, SURAT, AMETHI)
        .postal(FAIZABAD, withNota(votes(740, 720, 60), 7))
        .round(FAIZABAD, 1, 1, withNota(votes(553_549, 499_002, 46_347), 7_529))
        .declare(FAIZABAD, 1)
        .round(PATNA, 3, 20, votes(30_000, 20_000))
        .returnUnopposed(SURAT, 1);
  }

  @Test
  void aDeclaredSeatAndACountingSeatAddTheirEvmAndPostalVotesAndNotaIsInTheDenominator() {
    LiveVotes<PartyId> india = LiveVotes.byParty(day().count());

    long faizabad = 553_549 + 499_002 + 46_347 + 7_529 + 740 + 720 + 60 + 7;
    assertThat(india.counted()).isEqualTo(faizabad + 50_000);
    assertThat(india.nota()).isEqualTo(7_536);
    assertThat(india.seatsWithVotes()).isEqualTo(2);
    assertThat(india.lines())
        .extracting(LiveVotes.Line::key)
        .containsExactly(SP, BJP, PartyId.of("BSP"), INC);
    LiveVotes.Line<PartyId> bjp = india.lines().get(1);
    assertThat(bjp.votes()).isEqualTo(499_722 + 30_000);
    assertThat(bjp.share())
        .hasValue(
            BigDecimal.valueOf(529_722L * 100)
                .divide(BigDecimal.valueOf(india.counted()), 2, java.math.RoundingMode.HALF_UP));
    assertThat(india.lines().stream().mapToLong(LiveVotes.Line::votes).sum() + india.nota())
        .isEqualTo(india.counted());
  }

  @Test
  void anUnopposedReturnAndASeatNotStartedAddNoVotesAndNothingCountedHasNoShare() {
    LiveVotes<PartyId> gujarat = LiveVotes.byParty(day().count(), "Gujarat", GUJARAT);
    LiveVotes<PartyId> nothing = LiveVotes.byParty(CountingDay.of(AMETHI).count());

    assertThat(gujarat.counted()).isZero();
    assertThat(gujarat.lines()).isEmpty();
    assertThat(nothing.notaShare()).isEqualTo(Optional.empty());
  }

  @Test
  void aGroupAddsUpItsMembersVotesInTheStatesWhereTheyAreMembers() {
    Grouping grouping =
        (party, state) ->
            party.equals(INC) || (party.equals(SP) && state.equals(UP))
                ? "INDIA"
                : party.equals(BJP) ? "NDA" : "Others";

    LiveVotes<String> groups = LiveVotes.byGroup(day().count(), grouping);
    LiveVotes<String> bihar = LiveVotes.byGroup(day().count(), "Bihar", BIHAR, grouping);

    assertThat(groups.lines())
        .extracting(LiveVotes.Line::key, LiveVotes.Line::votes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INDIA", 554_289L + 20_000),
            org.assertj.core.groups.Tuple.tuple("NDA", 529_722L),
            org.assertj.core.groups.Tuple.tuple("Others", 46_407L));
    assertThat(bihar.counted()).isEqualTo(50_000);
    assertThat(bihar.lines().get(0).share()).hasValue(new BigDecimal("60.00"));
  }
}
