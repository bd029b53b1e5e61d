package org.janadesh.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.store.contract.ContestBuilder.contest;
import static org.janadesh.store.contract.Fixtures.AE_WB_2021;
import static org.janadesh.store.contract.Fixtures.BYE_WB_161_2022;
import static org.janadesh.store.contract.Fixtures.LS_1957;
import static org.janadesh.store.contract.Fixtures.LS_2024;
import static org.janadesh.store.contract.Fixtures.ac;
import static org.janadesh.store.contract.Fixtures.batch;
import static org.janadesh.store.contract.Fixtures.byMode;
import static org.janadesh.store.contract.Fixtures.pc;
import static org.janadesh.store.contract.Fixtures.total;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.archive.ArchiveWriter;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.archive.SaveReport;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Votes;
import org.junit.jupiter.api.Test;

/**
 * What every store of the results archive must do, whatever engine is under it. A store's test
 * extends this class and says how to reach the store and how to make a save fail midway.
 */
public abstract class ArchiveContract {
  /** The store under test, empty at the start of each test. */
  protected abstract Archive archive();

  /** The same store, for writing. */
  protected abstract ArchiveWriter writer();

  /**
   * Makes every later save fail, the way a full disk or a dropped connection would, when it comes
   * to write a candidacy for a candidate of this name; the failure must come after the save has
   * written other rows.
   */
  protected abstract void failWhenWritingCandidate(String name) throws Exception;

  private static final Contest AURANGABAD_BIHAR =
      contest(LS_2024.id(), pc("S04", 39), "Aurangabad")
          .candidate(1, "Abhay Kumar Sinha", "RJD", byMode(460_000, 5_567))
          .candidate(2, "Sushil Kumar Singh", "BJP", byMode(380_000, 5_498))
          .candidate(3, "Naresh Yadav", "BSP", byMode(39_000, 120))
          .nota(byMode(17_000, 190))
          .electors(1_860_000L)
          .polled();

  private static final Contest AURANGABAD_MAHARASHTRA =
      contest(LS_2024.id(), pc("S13", 19), "Aurangabad")
          .candidate(1, "Sandipanrao Bhumre", "SHS", byMode(470_000, 6_130))
          .candidate(2, "Imtiaz Jaleel", "AIMIM", byMode(336_000, 2_000))
          .candidate(3, "Chandrakant Khaire", "SHS(UBT)", byMode(291_000, 2_500))
          .nota(byMode(5_000, 47))
          .electors(2_059_000L)
          .polled();

  private static final Contest SURAT =
      contest(LS_2024.id(), pc("S06", 24), "Surat")
          .candidate(1, "Mukesh Dalal", "BJP")
          .uncontested();

  @Test
  void anEmptyArchiveHasNoElections() {
    assertThat(archive().elections()).isEmpty();
    assertThat(archive().election(LS_2024.id())).isEmpty();
    assertThat(archive().contests(LS_2024.id())).isEmpty();
  }

  @Test
  void electionsComeBackOrderedByIdWithOrWithoutAState() {
    writer().save(batch(List.of(LS_2024, BYE_WB_161_2022, AE_WB_2021, LS_1957)));

    assertThat(archive().elections())
        .containsExactly(AE_WB_2021, BYE_WB_161_2022, LS_1957, LS_2024);
    assertThat(archive().election(LS_2024.id())).contains(LS_2024);
    assertThat(archive().election(AE_WB_2021.id())).contains(AE_WB_2021);
    assertThat(archive().election(ElectionId.lokSabha(2019))).isEmpty();
  }

  @Test
  void aPollWithVotesByModeNotaAndElectorsRoundTrips() {
    Contest anantnag =
        contest(LS_2024.id(), pc("U08", 3), "Anantnag-Rajouri")
            .candidate(1, "Mian Altaf Ahmad", "JKNC", new Votes.ByMode(518_000, 3_000, 1_090))
            .candidate(2, "Mehbooba Mufti", "JKPDP", new Votes.ByMode(236_000, 1_100, 400))
            .nota(new Votes.ByMode(7_000, 30, 5))
            .electors(1_835_000L)
            .polled();

    writer().save(batch(List.of(LS_2024), anantnag));

    assertThat(archive().contests(LS_2024.id())).containsExactly(anantnag);
  }

  @Test
  void aPollWithTotalsOnlyRoundTrips() {
    Contest contest =
        contest(LS_1957.id(), pc("S04", 12, 1956), "Patna")
            .candidate(1, "Sarangdhar Sinha", "INC", total(103_000))
            .candidate(2, "Ram Lakhan Singh", "PSP", total(61_000))
            .nota(total(0))
            .electors(420_000L)
            .polled();

    writer().save(batch(List.of(LS_1957), contest));

    assertThat(archive().contests(LS_1957.id())).containsExactly(contest);
  }

  @Test
  void aPollWithoutNotaOrElectorsAndIncompleteRoundTrips() {
    Contest ballygunge =
        contest(BYE_WB_161_2022.id(), ac("S25", 161), "Ballygunge")
            .candidate(1, "Babul Supriyo", "AITC", total(51_199))
            .candidate(3, "Saira Shah Halim", "CPI(M)", total(30_971))
            .candidate(2, "Keya Ghosh", "BJP", total(13_220))
            .incomplete()
            .polled();

    writer().save(batch(List.of(BYE_WB_161_2022), ballygunge));

    assertThat(archive().contests(BYE_WB_161_2022.id())).containsExactly(ballygunge);
  }

  @Test
  void votesByModeAndTotalsOnlyCanMeetInOneContest() {
    Contest mixed =
        contest(LS_2024.id(), pc("S01", 1), "Araku")
            .candidate(1, "Kothapalli Geetha", "BJP", byMode(470_000, 7_005))
            .candidate(2, "Chetti Tanuja Rani", "YSRCP", total(427_000))
            .nota(total(47_000))
            .polled();

    writer().save(batch(List.of(LS_2024), mixed));

    assertThat(archive().contests(LS_2024.id())).containsExactly(mixed);
  }

  @Test
  void aTieDecidedByLotKeepsTheDeclaredWinner() {
    Contest tie =
        contest(AE_WB_2021.id(), ac("S25", 7), "Tied")
            .candidate(1, "First Candidate", "AITC", total(50_000))
            .candidate(2, "Second Candidate", "BJP", total(50_000))
            .winner(2)
            .polled();

    writer().save(batch(List.of(AE_WB_2021), tie));

    assertThat(archive().contests(AE_WB_2021.id())).containsExactly(tie);
  }

  @Test
  void anUncontestedReturnRoundTrips() {
    writer().save(batch(List.of(LS_2024), SURAT));

    assertThat(archive().contests(LS_2024.id())).containsExactly(SURAT);
  }

  @Test
  void aTwoMemberWinnersOnlyRecordRoundTripsInItsOrder() {
    Contest twoMembers =
        contest(LS_1957.id(), pc("S04", 5, 1956), "Bettiah")
            .candidate(2, "Second Winner", "INC")
            .candidate(1, "First Winner", "INC")
            .winnersOnly();

    writer().save(batch(List.of(LS_1957), twoMembers));

    assertThat(archive().contests(LS_1957.id())).containsExactly(twoMembers);
  }

  @Test
  void candidatesKeepTheOrderTheSourceListsThemIn() {
    Contest outOfOrder =
        contest(LS_2024.id(), pc("S24", 1), "Saharanpur")
            .candidate(7, "Seventh On Ballot", "INC", byMode(540_000, 4_000))
            .candidate(2, "Second On Ballot", "BJP", byMode(475_000, 3_000))
            .candidate(11, "Eleventh On Ballot", "BSP", byMode(180_000, 1_000))
            .polled();

    writer().save(batch(List.of(LS_2024), outOfOrder));

    assertThat(archive().contests(LS_2024.id())).containsExactly(outOfOrder);
  }

  @Test
  void twoCandidatesOfTheSameNameInOneContestAreKeptApart() {
    Contest namesakes =
        contest(LS_2024.id(), pc("S24", 80), "Chandauli")
            .candidate(1, "Virendra Singh", "SP", byMode(470_000, 4_000))
            .candidate(2, "Mahendra Nath Pandey", "BJP", byMode(448_000, 3_500))
            .candidate(5, "Virendra Singh", "IND", byMode(3_200, 10))
            .polled();

    writer().save(batch(List.of(LS_2024), namesakes));

    assertThat(archive().contests(LS_2024.id())).containsExactly(namesakes);
  }

  @Test
  void twoConstituenciesOfTheSameNameInDifferentStatesAreKeptApart() {
    writer().save(batch(List.of(LS_2024), AURANGABAD_MAHARASHTRA, AURANGABAD_BIHAR));

    assertThat(archive().contests(LS_2024.id()))
        .containsExactly(AURANGABAD_BIHAR, AURANGABAD_MAHARASHTRA);
  }

  @Test
  void oneNumberUnderTwoDelimitationsIsTwoContests() {
    Election byElections =
        new Election(
            ElectionId.of("bye-ls-s04-39-2009"),
            House.LOK_SABHA,
            ElectionKind.BYE,
            "Two seats numbered 39",
            2009,
            StateCode.of("S04"),
            "test.csv");
    Contest before =
        contest(byElections.id(), pc("S04", 39, 1976), "Before 2008")
            .candidate(1, "Old Seat Winner", "INC", total(10))
            .polled();
    Contest after =
        contest(byElections.id(), pc("S04", 39, 2008), "After 2008")
            .candidate(1, "New Seat Winner", "BJP", total(20))
            .polled();

    writer().save(batch(List.of(byElections), after, before));

    assertThat(archive().contests(byElections.id())).containsExactly(before, after);
  }

  @Test
  void contestsComeBackOrderedByConstituency() {
    writer().save(batch(List.of(LS_2024), SURAT, AURANGABAD_MAHARASHTRA, AURANGABAD_BIHAR));

    assertThat(archive().contests(LS_2024.id()))
        .containsExactly(AURANGABAD_BIHAR, SURAT, AURANGABAD_MAHARASHTRA);
  }

  @Test
  void aFirstSaveReportsEverythingAdded() {
    SaveReport report =
        writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR, AURANGABAD_MAHARASHTRA, SURAT));

    assertThat(report).isEqualTo(new SaveReport(1, 0, 3, 0, 0));
  }

  @Test
  void savingTheSameBatchTwiceChangesNothingTheSecondTime() {
    ImportBatch batch = batch(List.of(LS_2024), AURANGABAD_BIHAR, AURANGABAD_MAHARASHTRA, SURAT);
    writer().save(batch);

    SaveReport second = writer().save(batch);

    assertThat(second.changedNothing()).isTrue();
    assertThat(second).isEqualTo(new SaveReport(0, 1, 0, 0, 3));
    assertThat(archive().contests(LS_2024.id()))
        .containsExactly(AURANGABAD_BIHAR, SURAT, AURANGABAD_MAHARASHTRA);
  }

  @Test
  void aChangedContestIsReplacedAndTheOthersLeftAlone() {
    writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR, SURAT));
    Contest corrected =
        contest(LS_2024.id(), pc("S04", 39), "Aurangabad")
            .candidate(1, "Abhay Kumar Sinha", "RJD", byMode(460_000, 5_600))
            .candidate(2, "Sushil Kumar Singh", "BJP", byMode(380_000, 5_498))
            .nota(byMode(17_000, 190))
            .electors(1_860_000L)
            .polled();

    SaveReport report = writer().save(batch(List.of(LS_2024), corrected, SURAT));

    assertThat(report).isEqualTo(new SaveReport(0, 1, 0, 1, 1));
    assertThat(archive().contests(LS_2024.id())).containsExactly(corrected, SURAT);
  }

  @Test
  void aContestMayChangeItsKindOfOutcome() {
    writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR));
    Contest nowUncontested =
        contest(LS_2024.id(), pc("S04", 39), "Aurangabad")
            .candidate(2, "Sushil Kumar Singh", "BJP")
            .uncontested();

    SaveReport report = writer().save(batch(List.of(LS_2024), nowUncontested));

    assertThat(report.contestsReplaced()).isEqualTo(1);
    assertThat(archive().contests(LS_2024.id())).containsExactly(nowUncontested);
  }

  @Test
  void aRenamedConstituencyIsAChange() {
    writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR));
    Contest renamed =
        new Contest(
            LS_2024.id(),
            AURANGABAD_BIHAR.constituency(),
            "AURANGABAD",
            AURANGABAD_BIHAR.outcome());

    SaveReport report = writer().save(batch(List.of(LS_2024), renamed));

    assertThat(report.contestsReplaced()).isEqualTo(1);
    assertThat(archive().contests(LS_2024.id())).containsExactly(renamed);
  }

  @Test
  void aChangedElectionIsRewrittenAndReportedAsAChange() {
    writer().save(batch(List.of(LS_2024)));
    Election renamed =
        new Election(
            LS_2024.id(),
            LS_2024.house(),
            LS_2024.kind(),
            "Lok Sabha 2024",
            2024,
            null,
            "eci-statistical-report-2024.csv");

    SaveReport report = writer().save(batch(List.of(renamed)));

    assertThat(report.changedNothing()).isFalse();
    assertThat(report.electionsUnchanged()).isZero();
    assertThat(archive().elections()).containsExactly(renamed);
  }

  @Test
  void aBatchMayAddContestsToAnElectionSavedEarlier() {
    writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR));

    SaveReport report = writer().save(batch(List.of(), SURAT));

    assertThat(report).isEqualTo(new SaveReport(0, 0, 1, 0, 0));
    assertThat(archive().contests(LS_2024.id())).containsExactly(AURANGABAD_BIHAR, SURAT);
  }

  @Test
  void savingOneElectionLeavesTheOthersAlone() {
    Contest bettiah =
        contest(LS_1957.id(), pc("S04", 5, 1956), "Bettiah")
            .candidate(1, "Only Winner", "INC")
            .winnersOnly();
    writer().save(batch(List.of(LS_1957), bettiah));

    writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR));

    assertThat(archive().contests(LS_1957.id())).containsExactly(bettiah);
    assertThat(archive().contests(LS_2024.id())).containsExactly(AURANGABAD_BIHAR);
  }

  @Test
  void aBatchWithAConstituencyTwiceIsRefusedAndChangesNothing() {
    writer().save(batch(List.of(LS_1957)));
    Snapshot before = snapshot();
    Contest again =
        contest(LS_2024.id(), pc("S04", 39), "Aurangabad (again)")
            .candidate(1, "Someone Else", "IND", total(1))
            .polled();

    assertThatThrownBy(() -> writer().save(batch(List.of(LS_2024), SURAT, AURANGABAD_BIHAR, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aBatchWithAnElectionTwiceIsRefusedAndChangesNothing() {
    Snapshot before = snapshot();

    assertThatThrownBy(() -> writer().save(batch(List.of(LS_2024, AE_WB_2021, LS_2024))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ls-2024");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aContestOfAnUnknownElectionIsRefusedAndChangesNothing() {
    writer().save(batch(List.of(LS_1957)));
    Snapshot before = snapshot();

    assertThatThrownBy(() -> writer().save(batch(List.of(AE_WB_2021), SURAT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ls-2024");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aSaveThatFailsMidwayLeavesTheArchiveExactlyAsItWas() throws Exception {
    writer().save(batch(List.of(LS_2024), AURANGABAD_BIHAR, SURAT));
    Snapshot before = snapshot();
    failWhenWritingCandidate("Doomed Candidate");
    Contest changed =
        contest(LS_2024.id(), pc("S04", 39), "Aurangabad")
            .candidate(1, "Abhay Kumar Sinha", "RJD", byMode(1, 0))
            .polled();
    Contest doomed =
        contest(AE_WB_2021.id(), ac("S25", 1), "Mekliganj")
            .candidate(1, "Doomed Candidate", "AITC", total(1))
            .polled();
    ImportBatch failing =
        batch(
            "failing.csv",
            List.of(AE_WB_2021, BYE_WB_161_2022),
            List.of(changed, AURANGABAD_MAHARASHTRA, doomed));

    assertThatThrownBy(() -> writer().save(failing)).isInstanceOf(RuntimeException.class);

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void theArchiveWorksOnAfterAFailedSave() {
    assertThatThrownBy(() -> writer().save(batch(List.of(AE_WB_2021), SURAT)))
        .isInstanceOf(IllegalArgumentException.class);

    SaveReport report = writer().save(batch(List.of(LS_2024), SURAT));

    assertThat(report).isEqualTo(new SaveReport(1, 0, 1, 0, 0));
    assertThat(archive().contests(LS_2024.id())).containsExactly(SURAT);
  }

  @Test
  void aNationalElectionOfEveryKindOfContestRoundTripsAndResavesAsUnchanged() {
    ImportBatch national = SyntheticArchive.seeded(2024).lokSabha(2024, 543, 16);

    SaveReport first = writer().save(national);
    SaveReport second = writer().save(national);

    assertThat(first).isEqualTo(new SaveReport(1, 0, 543, 0, 0));
    assertThat(second).isEqualTo(new SaveReport(0, 1, 0, 0, 543));
    assertThat(archive().contests(LS_2024.id()))
        .containsExactlyElementsOf(sortedByConstituency(national.contests()));
  }

  @Test
  void manyElectionsInOneBatchEachGetTheirOwnContests() {
    ImportBatch archive = SyntheticArchive.seeded(7).archive(12, 30, 6, 60);

    writer().save(archive);

    assertThat(archive().elections()).hasSize(archive.elections().size());
    for (Election election : archive.elections()) {
      List<Contest> expected =
          archive.contests().stream().filter(c -> c.election().equals(election.id())).toList();
      assertThat(archive().contests(election.id()))
          .as("contests of %s", election.id())
          .containsExactlyElementsOf(sortedByConstituency(expected));
    }
  }

  /** Everything a reader can see: the elections and the contests of each. */
  private record Snapshot(List<Election> elections, Map<ElectionId, List<Contest>> contests) {}

  private Snapshot snapshot() {
    List<Election> elections = archive().elections();
    Map<ElectionId, List<Contest>> contests = new LinkedHashMap<>();
    for (Election election : elections) {
      contests.put(election.id(), archive().contests(election.id()));
    }
    return new Snapshot(elections, contests);
  }

  private static List<Contest> sortedByConstituency(List<Contest> contests) {
    List<Contest> sorted = new ArrayList<>(contests);
    sorted.sort((a, b) -> a.constituency().compareTo(b.constituency()));
    return sorted;
  }
}
