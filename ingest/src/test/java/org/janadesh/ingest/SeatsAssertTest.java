package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeatsAssertTest {
  @Test
  void aWrongExpectationFailsListingExpectedAndActualSeatsPerParty() {
    assertThatThrownBy(
            () ->
                SeatsAssert.assertSeats(
                    Bundled.tally("ls-2024"),
                    Bundled.registries().parties(),
                    SeatsAssert.seats("BJP", 241, "INC", 99)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seats in ls-2024 (India) differ from the record")
        .hasMessageContaining("✗ BJP (BJP)                     241      240")
        .hasMessageContaining("  INC (INC)                      99       99");
  }
}
