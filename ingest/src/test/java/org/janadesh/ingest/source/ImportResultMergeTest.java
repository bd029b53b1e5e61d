package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.House;
import org.junit.jupiter.api.Test;

class ImportResultMergeTest {
  private static Election ls2019(String name) {
    return new Election(
        ElectionId.lokSabha(2019), House.LOK_SABHA, ElectionKind.GENERAL, name, 2019, null, "x");
  }

  private static ImportResult result(String source, Election election) {
    return new ImportResult(
        source,
        new ImportBatch(source, source + "-sha", List.of(election), List.of()),
        List.of(),
        0,
        Map.of());
  }

  @Test
  void anElectionDescribedAlikeByTwoFilesIsKeptOnce() {
    ImportBatch merged =
        ImportResult.merge(
            List.of(result("a", ls2019("Lok Sabha 2019")), result("b", ls2019("Lok Sabha 2019"))));

    assertThat(merged.elections()).hasSize(1);
    assertThat(merged.source()).isEqualTo("bundled (2 files)");
    assertThat(merged.sha256()).hasSize(64);
  }

  @Test
  void oneResultKeepsItsOwnSourceAndChecksum() {
    ImportBatch merged = ImportResult.merge(List.of(result("a", ls2019("Lok Sabha 2019"))));

    assertThat(merged.source()).isEqualTo("a");
    assertThat(merged.sha256()).isEqualTo("a-sha");
  }

  @Test
  void twoDifferentDescriptionsOfOneElectionAreABug() {
    assertThatThrownBy(
            () ->
                ImportResult.merge(
                    List.of(result("a", ls2019("Lok Sabha 2019")), result("b", ls2019("LS 2019")))))
        .hasMessageContaining("two sources describe ls-2019 differently");
  }
}
