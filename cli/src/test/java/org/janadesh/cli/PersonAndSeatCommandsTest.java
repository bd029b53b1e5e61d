package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code person} and {@code seat} on the bundled data (docs/rules/people.md). */
class PersonAndSeatCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;

  private static Path db = Path.of("");

  @BeforeAll
  static void importTheBundledData() {
    db = home.resolve("janadesh.db");
    Run imported = Run.janadesh(db, "import", "--bundled");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void premachandransCareerShowsFiveWinsAndAStreakOfThreeInKollam() {
    Run run = Run.janadesh(db, "person", "Premachandran");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("N K PREMACHANDRAN [S11-1996-PREMACHANDRAN-KN]")
        .contains("Lok Sabha wins: 5 of 5 contests")
        .contains("Current streak: 3 wins in a row in KOLLAM")
        .contains("V.S. PREMACHANDRAN");
  }

  @Test
  void faizabadsSittingMemberStoodAgainAndLostIn2024() {
    Run run = Run.janadesh(db, "seat", "ls-2024", "Faizabad");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("ls-2024 +AWADHESH PRASAD +SP +54,567 +lost")
        .contains("The sitting member, LALLU SINGH (BJP), stood again and lost.");
  }

  @Test
  void anAmbiguousNameListsThePersonsAndExitsNotFound() {
    Run run = Run.janadesh(db, "person", "Selvaraj", "--state", "Tamil Nadu");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("SELVARAJ V [S22-2024-SELVARAJ-V]").contains("SELVARAJ M");
  }

  @Test
  void aMisspeltNameGetsSuggestionsAndExitsNotFound() {
    Run run = Run.janadesh(db, "person", "Premachandren");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("did you mean: N.K.PREMACHANDRAN");
  }

  @Test
  void csvHasOneRowPerContest() {
    Run run = Run.janadesh(db, "person", "N K Premachandran", "--format", "csv");
    assertThat(run.out().lines()).hasSize(6).first().asString().startsWith("person_id,election");
    Run seat = Run.janadesh(db, "seat", "ls-2024", "54", "--state", "UP", "--format", "csv");
    assertThat(seat.out()).contains("ls-2024,2024,FAIZABAD,AWADHESH PRASAD");
  }

  /** The JSON contracts are pinned by approval files (docs/json-contracts.md). */
  @Test
  void theJsonContractsMatchTheApprovedFiles() throws Exception {
    assertThat(
            JSON.readTree(
                Run.janadesh(db, "person", "N K Premachandran", "--format", "json").out()))
        .isEqualTo(approved("person-premachandran.json"));
    assertThat(
            JSON.readTree(
                Run.janadesh(db, "seat", "ls-2024", "Faizabad", "--format", "json").out()))
        .isEqualTo(approved("seat-ls-2024-faizabad.json"));
  }

  private static JsonNode approved(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        java.util.Objects.requireNonNull(
            PersonAndSeatCommandsTest.class.getResourceAsStream("/approved/" + name), name)) {
      return JSON.readTree(in);
    }
  }
}
