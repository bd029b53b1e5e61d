package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionTest {
  @Test
  void rejectionsOfOneKindAreCountedTogetherWhateverTheirParticulars() {
    List<Rejection> rejections =
        List.of(
            new Rejection("f", 2, "party", "unknown party 'A' (not in the registry)"),
            new Rejection("f", 9, "party", "unknown party 'B c' (not in the registry)"),
            new Rejection(
                "f", 4, "total_votes", "evm_votes + postal_votes = 1 + 2 ≠ total_votes 4"));

    assertThat(ImportResult.countByKind(rejections))
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "evm_votes + postal_votes = N + N ≠ total_votes N", 1),
            org.assertj.core.api.Assertions.entry("unknown party '…' (not in the registry)", 2));
  }
}
