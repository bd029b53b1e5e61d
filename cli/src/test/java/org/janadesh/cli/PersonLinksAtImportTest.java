package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Person ids are computed when an import saves and read back afterwards (PER-4). */
class PersonLinksAtImportTest {
  @Test
  void importLinksThePersonsOnceAndAnUnchangedReimportKeepsThem(@TempDir Path home) {
    Path db = home.resolve("janadesh.db");
    Run first = Run.janadesh(db, "import", "--bundled");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .containsPattern("Persons: \\d+ across 99901 Lok Sabha candidacies \\(linked now\\)");

    Run again = Run.janadesh(db, "import", "--bundled");
    assertThat(again.out()).contains("(nothing changed)").contains("(stored links still current)");

    Run person = Run.janadesh(db, "person", "Premachandran");
    assertThat(person.out()).contains("N K PREMACHANDRAN [S11-1996-PREMACHANDRAN-KN]");
  }
}
