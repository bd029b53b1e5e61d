package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tally --by, compare and history on the bundled data imported once into a temp store. */
class AllianceCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;

  private static Path db = Path.of("");

  @BeforeAll
  static void importTheBundledData() {
    db = home.resolve("janadesh.db");
    assertThat(Run.janadesh(db, "import", "--bundled").exitCode()).isZero();
  }

  private static JsonNode json(String... args) throws Exception {
    Run run = Run.janadesh(db, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void nationally2024NdaHas293AndIndia234PastAndShortOfTheMajorityMark() throws Exception {
    JsonNode tally = json("tally", "ls-2024", "--by", "alliance", "--format", "json");

    assertThat(tally.get("majority_mark").asInt()).isEqualTo(272);
    assertThat(tally.get("rows").get(0).get("subject").asText()).isEqualTo("NDA");
    assertThat(tally.get("rows").get(0).get("won").asInt()).isEqualTo(293);
    assertThat(tally.get("rows").get(0).get("majority").asBoolean()).isTrue();
    assertThat(tally.get("rows").get(1).get("subject").asText()).isEqualTo("INDIA");
    assertThat(tally.get("rows").get(1).get("won").asInt()).isEqualTo(234);
    assertThat(tally.get("rows").get(2).get("subject").asText()).isEqualTo("Others");
  }

  @Test
  void inWestBengalAitcIsCountedApartFromIndia() {
    Run run = Run.janadesh(db, "tally", "ls-2024", "--by", "alliance", "--state", "West Bengal");

    assertThat(run.out())
        .containsPattern("Others +29 ")
        .containsPattern("INDIA +1 ")
        .contains("AITC is in INDIA nationally but counted apart in West Bengal (ALL-3)")
        .doesNotContain("Others is past");
  }

  @Test
  void aBlocOfTheLeftIsTalliedAsOne() throws Exception {
    JsonNode tally = json("tally", "ls-2024", "--bloc", "Left", "--format", "json");

    assertThat(tally.get("rows").get(0).get("subject").asText()).isEqualTo("Left");
    assertThat(tally.get("rows").get(0).get("won").asInt()).isEqualTo(9);
  }

  @Test
  void aMisspeltPartyInABlocIsAUsageErrorWithASuggestion() {
    Run run = Run.janadesh(db, "tally", "ls-2024", "--bloc", "CPI(M),CPl(MLL)");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("ALL-5: unknown party 'CPl(MLL)' in --bloc; did you mean: CPI(ML)L");
  }

  @Test
  void theTallyWithoutByKeepsItsFormerCsv() {
    assertThat(Run.janadesh(db, "tally", "ls-2024", "--format", "csv").out())
        .startsWith("election,scope,party,name,won,votes,vote_share\r\n");
  }

  @Test
  void cpimHeldMaduraiGainedThreeAndLostTwoIn2024() {
    Run run = Run.janadesh(db, "compare", "ls-2024", "ls-2019", "--party", "CPIM");

    assertThat(run.out())
        .containsPattern("CPI\\(M\\) +3 +4 +\\+1")
        .contains("Held (1)", "MADURAI (Tamil Nadu)")
        .contains(
            "SIKAR (Rajasthan) from BJP",
            "ALATHUR (Kerala) from INC",
            "DINDIGUL (Tamil Nadu) from DMK")
        .contains("ALAPPUZHA (Kerala) to INC", "COIMBATORE (Tamil Nadu) to DMK");
  }

  @Test
  void aKeralaComparisonByAllianceShowsTheFronts() throws Exception {
    JsonNode cmp =
        json(
            "compare",
            "ls-2024",
            "ls-2019",
            "--by",
            "alliance",
            "--state",
            "Kerala",
            "--format",
            "json");

    assertThat(cmp.get("scope").asText()).isEqualTo("Kerala");
    assertThat(cmp.get("rows").get(0).get("party").asText()).isEqualTo("UDF");
    assertThat(cmp.get("rows").get(0).get("seats_current").asInt()).isEqualTo(18);
    assertThat(cmp.get("not_comparable")).isEmpty();
  }

  @Test
  void cpimAndCpiTogetherHadTheirLowestIn2019() throws Exception {
    JsonNode history = json("history", "--bloc", "CPI(M),CPI", "--format", "json");

    assertThat(history.get("subject").asText()).isEqualTo("CPI(M)+CPI");
    assertThat(history.get("lowest").get("year").asInt()).isEqualTo(2019);
    assertThat(history.get("lowest").get("won").asInt()).isEqualTo(5);
  }

  @Test
  void historyNeedsAPartyOrABloc() {
    assertThat(Run.janadesh(db, "history").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  /** The new JSON contracts, pinned; change them only deliberately, with docs/json-contracts.md. */
  @Test
  void theJsonContractsMatchTheApprovedFiles() throws Exception {
    assertThat(json("compare", "ls-2024", "ls-2019", "--party", "CPI(M)", "--format", "json"))
        .isEqualTo(approved("compare-ls-2024-ls-2019-cpim.json"));
    assertThat(json("history", "--party", "BJP", "--format", "json"))
        .isEqualTo(approved("history-bjp.json"));
    assertThat(
            json("tally", "ls-2024", "--by", "alliance", "--state", "Kerala", "--format", "json"))
        .isEqualTo(approved("tally-ls-2024-kerala-by-alliance.json"));
  }

  private static JsonNode approved(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        java.util.Objects.requireNonNull(
            AllianceCommandsTest.class.getResourceAsStream("/approved/" + name), name)) {
      return JSON.readTree(in);
    }
  }
}
