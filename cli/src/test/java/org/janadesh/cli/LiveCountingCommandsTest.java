package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.janadesh.cli.counting.CountLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * replay, ingest, status, timeline, quarantine and counts on the bundled data: a synthetic 2024
 * counting day and the 2024 results-site snapshots replayed at full speed into a temp store.
 */
class LiveCountingCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SYNTHETIC = "ls-2024#syn-seed-7";

  @TempDir static Path home;

  private static Path db = Path.of("");
  private static Run syntheticReplay = new Run(-1, "", "");

  @BeforeAll
  static void replayASyntheticDayTheSnapshotsAndABadFile() throws Exception {
    db = home.resolve("janadesh.db");
    assertThat(Run.janadesh(db, "import", "--bundled").exitCode()).isZero();
    syntheticReplay =
        Run.janadesh(
            db,
            "replay",
            "ls-2024",
            "--source",
            "synthetic",
            "--seed",
            "7",
            "--start",
            "2024-06-04T08:00",
            "--speed",
            "max");
    assertThat(syntheticReplay.exitCode()).as(syntheticReplay.err()).isZero();
    Run snapshots = Run.janadesh(db, "replay", "ls-2024", "--source", "snapshots");
    assertThat(snapshots.exitCode()).as(snapshots.err()).isZero();
    Run bad = Run.janadesh(db, "replay", "ls-2024", "--source", badLines(), "--label", "bad");
    assertThat(bad.exitCode()).as(bad.err()).isEqualTo(ExitCodes.REJECTED);
  }

  private static String badLines() throws URISyntaxException {
    return Path.of(
            Objects.requireNonNull(
                    LiveCountingCommandsTest.class.getResource("/counting/bad-lines.jsonl"))
                .toURI())
        .toString();
  }

  private static JsonNode json(String... args) throws IOException {
    Run run = Run.janadesh(db, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static int seats(JsonNode status, String list, String key, String name) {
    for (JsonNode row : status.get(list)) {
      if (row.get(key).asText().equals(name)) {
        return row.get("total").asInt();
      }
    }
    return 0;
  }

  @Test
  void aFullSyntheticReplayEndsAtTheOfficial2024SeatsBjp240Inc99() throws IOException {
    JsonNode status = json("status", SYNTHETIC, "--format", "json");

    assertThat(status.get("test").asBoolean()).isTrue();
    assertThat(status.get("declared").asInt()).isEqualTo(543);
    assertThat(status.get("counting").asInt()).isZero();
    assertThat(seats(status, "parties", "party", "BJP")).isEqualTo(240);
    assertThat(seats(status, "parties", "party", "INC")).isEqualTo(99);
    assertThat(status.get("parties").get(0).get("won").asInt()).isEqualTo(240);
  }

  @Test
  void byAllianceTheFullReplayGivesNda293AndIndia234() throws IOException {
    JsonNode status = json("status", SYNTHETIC, "--by", "alliance", "--format", "json");

    assertThat(seats(status, "alliances", "alliance", "NDA")).isEqualTo(293);
    assertThat(seats(status, "alliances", "alliance", "INDIA")).isEqualTo(234);
  }

  @Test
  void theStatusInTheMiddleOfTheLogHasLeadsNotWins() throws IOException {
    JsonNode end = json("status", SYNTHETIC, "--format", "json");
    JsonNode middle = json("status", SYNTHETIC, "--seq", "6000", "--format", "json");

    assertThat(middle.get("seq").asLong()).isEqualTo(6000);
    assertThat(middle.get("seq").asLong()).isLessThan(end.get("seq").asLong());
    assertThat(middle.get("counting").asInt()).isPositive();
    assertThat(middle.get("declared").asInt()).isLessThan(543);
    assertThat(middle.get("parties")).isNotEqualTo(end.get("parties"));
  }

  @Test
  void asOfATimeShowsWhatWasReceivedByThen() throws IOException {
    JsonNode noon = json("status", SYNTHETIC, "--as-of", "2024-06-04T12:00", "--format", "json");

    assertThat(noon.get("as_of").asText()).isLessThanOrEqualTo("2024-06-04T06:30:00Z");
    JsonNode bySeq =
        json("status", SYNTHETIC, "--seq", noon.get("seq").asText(), "--format", "json");
    assertThat(bySeq).isEqualTo(noon);
    JsonNode next =
        json("status", SYNTHETIC, "--seq", "" + (noon.get("seq").asLong() + 1), "--format", "json");
    assertThat(next.get("as_of").asText()).isGreaterThan("2024-06-04T06:30:00Z");
  }

  @Test
  void replayingAgainResumesWithEveryUpdateADuplicate() {
    Run again =
        Run.janadesh(
            db,
            "replay",
            "ls-2024",
            "--source",
            "synthetic",
            "--seed",
            "7",
            "--start",
            "2024-06-04T08:00");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).containsPattern("accepted 0, duplicates 1[0-9],[0-9]{3} ");
    assertThat(syntheticReplay.out()).containsPattern("accepted 1[0-9],[0-9]{3}, duplicates 0 ");
  }

  @Test
  void inFaizabadTheSnapshotsShowOneLeadFromTheFirstScrapeToTheDeclaration() throws IOException {
    JsonNode timeline = json("timeline", "ls-2024#snapshots", "Ayodhya", "--format", "json");

    assertThat(timeline.get("constituency").get("name").asText()).isEqualTo("FAIZABAD");
    JsonNode changes = timeline.get("changes");
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).get("leader").get("party").asText()).isEqualTo("SP");
    assertThat(changes.get(0).get("previous").isNull()).isTrue();
    assertThat(changes.get(0).get("published").asText()).isEqualTo("2024-06-04T11:09:24Z");
    assertThat(changes.get(0).get("margin").asLong()).isEqualTo(47_935);
    assertThat(changes.get(1).get("declared").asBoolean()).isTrue();
    assertThat(changes.get(1).get("margin").asLong()).isEqualTo(54_567);
  }

  @Test
  void aMisspeltConstituencyInATimelineGetsASuggestion() {
    Run run = Run.janadesh(db, "timeline", "ls-2024#snapshots", "Faizabd");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("did you mean").contains("FAIZABAD");
  }

  @Test
  void badLinesAreReportedWithLineAndFieldAndNotSent() throws Exception {
    Run run = Run.janadesh(db, "replay", "ls-2024", "--source", badLines(), "--label", "bad");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
    assertThat(run.err())
        .contains("bad-lines.jsonl:3 [constituency.delimitation]")
        .contains("bad-lines.jsonl:7 [line] not JSON");
    assertThat(run.out()).contains("bad lines not sent 2", "accepted 0");
  }

  @Test
  void theQuarantineNamesTheCntRulesAndTheirEvidence() throws IOException {
    JsonNode quarantine = json("quarantine", "ls-2024#bad", "--format", "json");

    assertThat(quarantine.get("quarantined")).hasSize(2);
    assertThat(quarantine.get("quarantined").get(0).get("broken").get(0).get("rule").asText())
        .isEqualTo("CNT-1");
    assertThat(quarantine.get("quarantined").get(1).toString())
        .contains("CNT-6", "serial 99", "CNT-2", "falls from 740 to 700");
    Run table = Run.janadesh(db, "quarantine", "ls-2024#bad");
    assertThat(table.out()).contains("CNT-6, CNT-2").contains("FAIZABAD (S24/54)");
  }

  @Test
  void everyFormatOfATestCountSaysItIsATest() {
    String[][] commands = {
      {"status", SYNTHETIC},
      {"status", SYNTHETIC, "--by", "alliance", "--state", "Kerala"},
      {"timeline", "ls-2024#snapshots", "Faizabad"},
      {"quarantine", "ls-2024#bad"}
    };
    for (String[] command : commands) {
      Run table = Run.janadesh(db, command);
      assertThat(table.out().lines().findFirst()).contains(CountLabel.TEST_BANNER);
      Run json = Run.janadesh(db, with(command, "--format", "json"));
      assertThat(json.out()).contains("\"test\" : true");
      Run csv = Run.janadesh(db, with(command, "--format", "csv"));
      var rows = csv.out().lines().toList();
      assertThat(rows.get(0)).startsWith("count,test,");
      assertThat(rows.subList(1, rows.size()))
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row).contains(",true,"));
    }
    assertThat(Run.janadesh(db, "counts").out())
        .containsPattern("ls-2024#snapshots +TEST \\(not a real result\\) +6924 ");
  }

  private static String[] with(String[] command, String... more) {
    String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
    System.arraycopy(more, 0, all, command.length, more.length);
    return all;
  }

  @Test
  void theRealCountIsFedOnlyByIngestAndIsNotLabelledTest(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, Files.readAllLines(Path.of(badLines())).get(0) + "\n");
    Path synthetic = dir.resolve("synthetic.jsonl");
    Files.writeString(
        synthetic,
        Files.readAllLines(Path.of(badLines())).get(0).replace("feed:faizabad", "syn:x") + "\n");
    Path realDb = dir.resolve("real.db");
    assertThat(Run.janadesh(realDb, "import", "--bundled").exitCode()).isZero();

    Run refused = Run.janadesh(realDb, "ingest", "ls-2024", synthetic.toString());
    Run fed = Run.janadesh(realDb, "ingest", "ls-2024", feed.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.REJECTED);
    assertThat(refused.err()).contains("synthetic.jsonl:1 [key]", "never of the real count");
    assertThat(fed.exitCode()).as(fed.err()).isZero();
    assertThat(fed.out()).doesNotContain(CountLabel.TEST_BANNER).contains("(real)");
    Run status = Run.janadesh(realDb, "status", "ls-2024");
    assertThat(status.out()).doesNotContain("TEST").contains("Count ls-2024 (real)");
    assertThat(json2(realDb, "status", "ls-2024", "--format", "json").get("test").asBoolean())
        .isFalse();
  }

  private static JsonNode json2(Path store, String... args) throws IOException {
    Run run = Run.janadesh(store, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void anElectionWithoutACountButWithAnArchivedResultSaysSo() {
    Run run = Run.janadesh(db, "status", "ls-2019");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("ls-2019 has no count at all, but its final result is archived");
    assertThat(Run.janadesh(db, "status", "ls-2024").err())
        .contains("no real count of ls-2024", "ls-2024#snapshots (TEST)");
  }

  @Test
  void snapshotsAreOnlyFor2024() {
    Run run = Run.janadesh(db, "replay", "ls-2019", "--source", "snapshots");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  /** The JSON contracts, pinned; change them only deliberately, with docs/json-contracts.md. */
  @Test
  void theJsonContractsMatchTheApprovedFiles() throws IOException {
    assertThat(json("status", SYNTHETIC, "--by", "alliance", "--format", "json"))
        .isEqualTo(approved("status-ls-2024-syn-seed-7-by-alliance.json"));
    assertThat(json("status", SYNTHETIC, "--seq", "6000", "--state", "Kerala", "--format", "json"))
        .isEqualTo(approved("status-ls-2024-syn-seed-7-kerala-seq-6000.json"));
    assertThat(json("timeline", "ls-2024#snapshots", "Faizabad", "--format", "json"))
        .isEqualTo(approved("timeline-ls-2024-snapshots-faizabad.json"));
    assertThat(json("quarantine", "ls-2024#bad", "--format", "json"))
        .isEqualTo(approved("quarantine-ls-2024-bad.json"));
  }

  private static JsonNode approved(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            LiveCountingCommandsTest.class.getResourceAsStream("/approved/" + name), name)) {
      return JSON.readTree(in);
    }
  }
}
