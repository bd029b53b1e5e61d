package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void notaIsRecognisedByTheCandidateOrThePartyColumn() {
    assertThat(Labels.isNota("NOTA", "")).isTrue();
    assertThat(Labels.isNota("None of the Above", "None of the Above")).isTrue();
    assertThat(Labels.isNota("X", "NOTA")).isTrue();
    assertThat(Labels.isNota("NOTARAM", "BJP")).isFalse();
  }

  @Test
  void capitalisedNamesAreShownInTitleCaseAndMixedCaseIsKept() {
    assertThat(Labels.display("FAIZABAD")).isEqualTo("Faizabad");
    assertThat(Labels.display("NAINITAL-UDHAMSINGH  NAGAR")).isEqualTo("Nainital-Udhamsingh Nagar");
    assertThat(Labels.display("Ballygunge")).isEqualTo("Ballygunge");
  }
}
