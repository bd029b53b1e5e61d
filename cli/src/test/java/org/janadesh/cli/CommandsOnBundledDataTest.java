package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a journalist types, on the bundled real data imported once into a temp store. */
class CommandsOnBundledDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;

  private static Path db = Path.of("");
  private static Run demo = new Run(-1, "", "");

  @BeforeAll
  static void importTheBundledData() {
    db = home.resolve("janadesh.db");
    demo = Run.janadesh(db, "demo", "--no-serve");
  }

  @Test
  void demoImportsEverythingAndPrintsTheNational2024Tally() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("Lok Sabha 2024 - India: 543 seats")
        .containsPattern("BJP +Bharatiya Janata Party +240 +235,973,935 +36\\.56")
        .containsPattern("INC +Indian National Congress +99 ")
        .contains("Total votes 645,363,445 (postal 3,744,508")
        .contains("known source defect");
  }

  @Test
  void importingTheBundledDataAgainChangesNothing() {
    Run again = Run.janadesh(db, "import", "--bundled");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("contests 0 added, 0 replaced").contains("(nothing changed)");
  }

  @Test
  void theTallyJsonFollowsTheContract() throws Exception {
    Run run = Run.janadesh(db, "tally", "ls-2024", "--format", "json");
    JsonNode tally = JSON.readTree(run.out());

    assertThat(tally.get("election").asText()).isEqualTo("ls-2024");
    assertThat(tally.get("scope").asText()).isEqualTo("India");
    assertThat(tally.get("seats").asInt()).isEqualTo(543);
    assertThat(tally.get("total_votes").asLong()).isEqualTo(645_363_445L);
    JsonNode bjp = tally.get("parties").get(0);
    assertThat(bjp.get("party").asText()).isEqualTo("BJP");
    assertThat(bjp.get("name").asText()).isEqualTo("Bharatiya Janata Party");
    assertThat(bjp.get("won").asInt()).isEqualTo(240);
    assertThat(bjp.get("vote_share").decimalValue()).isEqualByComparingTo("36.56");
  }

  @Test
  void aStateTallyAcceptsTheStateInAnySpelling() {
    Run byName = Run.janadesh(db, "tally", "ls-2024", "--state", "Bihar", "--format", "csv");
    Run byCode = Run.janadesh(db, "tally", "ls-2024", "--state", "S04", "--format", "csv");

    assertThat(byName.out()).isEqualTo(byCode.out());
    assertThat(byName.out())
        .startsWith("election,scope,party,name,won,votes,vote_share\r\n")
        .contains("ls-2024,Bihar,BJP,Bharatiya Janata Party,12,")
        .contains("ls-2024,Bihar,HAM(S),Hindustani Awam Morcha (Secular),1,");
  }

  @Test
  void faizabadShowsWinnerRunnerUpAndMarginInJson() throws Exception {
    Run run = Run.janadesh(db, "constituency", "ls-2024", "Faizabad", "--format", "json");
    JsonNode sheet = JSON.readTree(run.out());

    assertThat(sheet.get("state").asText()).isEqualTo("Uttar Pradesh");
    assertThat(sheet.get("number").asInt()).isEqualTo(54);
    assertThat(sheet.get("winner").get("candidate").asText()).isEqualTo("AWADHESH PRASAD");
    assertThat(sheet.get("winner").get("party").asText()).isEqualTo("SP");
    assertThat(sheet.get("runner_up").get("candidate").asText()).isEqualTo("LALLU SINGH");
    assertThat(sheet.get("margin").asLong()).isEqualTo(54_567);
    assertThat(sheet.get("candidates")).hasSize(13);
    assertThat(sheet.get("nota").get("total").asLong()).isEqualTo(7_536);
  }

  @Test
  void anAliasFindsTheSeat() {
    assertThat(Run.janadesh(db, "constituency", "ls-2024", "Ayodhya").out())
        .startsWith("FAIZABAD (Uttar Pradesh, PC 54)");
    assertThat(Run.janadesh(db, "constituency", "ls-2024", "Tirupur").out())
        .startsWith("TIRUPPUR (Tamil Nadu, PC 18)");
  }

  @Test
  void aMisspeltNameGetsSuggestions() {
    Run run = Run.janadesh(db, "constituency", "ls-2024", "Tirupr");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("no constituency 'Tirupr' in ls-2024; did you mean: TIRUPPUR");
  }

  @Test
  void anAmbiguousNameAsksForTheState() {
    Run run = Run.janadesh(db, "constituency", "ls-2024", "Aurangabad");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err())
        .contains("AURANGABAD (Bihar, PC 37)")
        .contains("AURANGABAD (Maharashtra, PC 19)")
        .contains("add --state");
    assertThat(Run.janadesh(db, "constituency", "ls-2024", "Aurangabad", "--state", "mh").out())
        .startsWith("AURANGABAD (Maharashtra, PC 19)");
  }

  @Test
  void suratIsAnUncontestedSeat() {
    assertThat(Run.janadesh(db, "constituency", "ls-2024", "Surat").out())
        .contains("Returned: MUKESHKUMAR CHANDRAKAANT DALAL (BJP) - uncontested, no poll");
  }

  @Test
  void electionsListsTheGeneralElectionsWithSeatsAndCandidates() {
    Run run = Run.janadesh(db, "elections");

    assertThat(run.out())
        .containsPattern("ls-2024 +Lok Sabha 2024 +543 +8360")
        .containsPattern("ls-1952 +Lok Sabha 1952 +489 +winners only")
        .containsPattern("ae-kl-2021 +Kerala Legislative Assembly 2021 +140 ")
        .contains("by-elections (--all lists them)");
    assertThat(Run.janadesh(db, "elections", "--all").out()).contains("bye-wb-161-2022");
  }

  @Test
  void anUnknownElectionIsAClearError() {
    Run run = Run.janadesh(db, "tally", "ls-2029");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("no election 'ls-2029'");
  }

  @Test
  void aBadFormatIsAUsageError() {
    assertThat(Run.janadesh(db, "tally", "ls-2024", "--format", "xml").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  /**
   * The JSON contracts are pinned by approval files: a change of shape or value shows here and must
   * be made deliberately, with docs/json-contracts.md.
   */
  @Test
  void theJsonContractsMatchTheApprovedFiles() throws Exception {
    assertThat(
            JSON.readTree(
                Run.janadesh(db, "constituency", "ls-2024", "Faizabad", "--format", "json").out()))
        .isEqualTo(approved("constituency-ls-2024-faizabad.json"));
    assertThat(
            JSON.readTree(
                Run.janadesh(db, "tally", "ls-2024", "--state", "Kerala", "--format", "json")
                    .out()))
        .isEqualTo(approved("tally-ls-2024-kerala.json"));
  }

  private static JsonNode approved(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        java.util.Objects.requireNonNull(
            CommandsOnBundledDataTest.class.getResourceAsStream("/approved/" + name), name)) {
      return JSON.readTree(in);
    }
  }
}
