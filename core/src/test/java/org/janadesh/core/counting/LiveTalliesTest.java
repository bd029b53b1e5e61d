package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.counting.CountingDay.votes;
import static org.janadesh.core.fixture.Fixtures.BIHAR;
import static org.janadesh.core.fixture.Fixtures.GUJARAT;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.util.List;
import java.util.Set;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

/** Won / Leading / Total from seat statuses, by party and by group. */
class LiveTalliesTest {
  private static final PartyId BJP = PartyId.of("BJP");
  private static final PartyId SP = PartyId.of("SP");
  private static final PartyId INC = PartyId.of("INC");
  private static final Contest FAIZABAD = Fixtures.faizabad();
  private static final Contest AMETHI =
      contest(UP, 37, "AMETHI")
          .candidate("KISHORI LAL", "INC", 539_000, 228)
          .candidate("SMRITI IRANI", "BJP", 372_000, 32)
          .polled();
  private static final Contest PATNA =
      contest(BIHAR, 30, "PATNA SAHIB")
          .candidate("RAVI SHANKAR PRASAD", "BJP", 580_000, 1_000)
          .candidate("ANSHUL AVIJIT", "INC", 427_000, 600)
          .polled();
  private static final Contest SURAT =
      contest(GUJARAT, 24, "SURAT").uncontested("MUKESH DALAL", "BJP");
  private static final Contest VARANASI =
      contest(UP, 77, "VARANASI")
          .candidate("NARENDRA MODI", "BJP", 612_000, 970)
          .candidate("AJAY RAI", "INC", 460_000, 457)
          .polled();

  private CountingDay middleOfTheDay() {
    return CountingDay.of(FAIZABAD, AMETHI, PATNA, SURAT, VARANASI)
        .round(FAIZABAD, 1, 1, votes(553_549, 499_002, 46_347))
        .declare(FAIZABAD, 1)
        .round(AMETHI, 3, 20, votes(20_000, 25_000))
        .round(PATNA, 3, 20, votes(30_000, 30_000))
        .returnUnopposed(SURAT, 1);
  }

  @Test
  void aDeclaredSeatIsWonALeadIsLeadingAndATieCountsForNobody() {
    LiveTally<PartyId> india = LiveTallies.byParty(middleOfTheDay().count());

    assertThat(india.line(SP)).isEqualTo(new WonLeading<>(SP, 1, 0));
    assertThat(india.line(BJP)).isEqualTo(new WonLeading<>(BJP, 1, 1));
    assertThat(india.line(BJP).total()).isEqualTo(2);
    assertThat(india.line(INC).total()).isZero();
    assertThat(india.progress()).isEqualTo(new SeatProgress(5, 2, 2, 1, 0));
    assertThat(india.lines().get(0).key()).isEqualTo(BJP);
  }

  @Test
  void all8MajorityMarkShortfallAndUndecidedSeatsComeWithTheTally() {
    LiveTally<PartyId> india = LiveTallies.byParty(middleOfTheDay().count());

    // 5 seats: the mark is 3; Patna (a tie) and Varanasi (not started) are neither won nor leading.
    assertThat(india.majorityMark()).isEqualTo(3);
    assertThat(india.shortOfMajority(india.line(BJP))).isEqualTo(1);
    assertThat(india.shortOfMajority(india.line(SP))).isEqualTo(2);
    assertThat(india.shortOfMajority(new WonLeading<>(BJP, 3, 0))).isZero();
    assertThat(india.undecided()).isEqualTo(2);
  }

  @Test
  void aTallyWithMoreSeatsWonOrLeadingThanItsScopeHasIsRefused() {
    SeatProgress two = new SeatProgress(2, 2, 0, 0, 0);

    assertThatThrownBy(() -> new LiveTally<>("India", two, List.of(new WonLeading<>(BJP, 2, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 seats won or leading in India, which has 2");
  }

  @Test
  void aStateTallyCountsOnlyItsOwnSeats() {
    CountingDay day = middleOfTheDay();

    LiveTally<PartyId> up = LiveTallies.byParty(day.count(), "Uttar Pradesh", UP);
    assertThat(up.progress()).isEqualTo(new SeatProgress(3, 1, 1, 1, 0));
    assertThat(up.line(BJP)).isEqualTo(new WonLeading<>(BJP, 0, 1));

    assertThat(LiveTallies.byPartyPerState(day.count()))
        .containsOnlyKeys(UP, BIHAR, GUJARAT)
        .hasEntrySatisfying(GUJARAT, g -> assertThat(g.line(BJP).won()).isEqualTo(1));
  }

  @Test
  void aCountermandedPollIsNeitherWonNorLeadingNorNotStarted() {
    CountingDay day = CountingDay.of(FAIZABAD, AMETHI).countermand(AMETHI);

    assertThat(LiveTallies.byParty(day.count()).progress())
        .isEqualTo(new SeatProgress(2, 0, 0, 1, 1));
  }

  @Test
  void allianceMembershipMayDifferByStateAndTheGroupAddsUpItsMembers() {
    // INC is in "INDIA" everywhere; SP only in Uttar Pradesh (a made-up split, to test the seam).
    Grouping grouping =
        (party, state) ->
            Set.of("INC").contains(party.value()) || (party.equals(SP) && state.equals(UP))
                ? "INDIA"
                : party.equals(BJP) ? "NDA" : "Others";
    CountingDay day = middleOfTheDay().round(PATNA, 4, 20, votes(40_000, 41_000));

    LiveTally<String> groups = LiveTallies.byGroup(day.count(), grouping);

    assertThat(groups.line("INDIA")).isEqualTo(new WonLeading<>("INDIA", 1, 1));
    assertThat(groups.line("NDA")).isEqualTo(new WonLeading<>("NDA", 1, 1));
    assertThat(LiveTallies.byGroup(day.count(), "Bihar", BIHAR, grouping).line("INDIA").leading())
        .isEqualTo(1);
  }
}
