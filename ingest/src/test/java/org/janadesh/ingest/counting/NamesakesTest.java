package org.janadesh.ingest.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class NamesakesTest {
  private static final List<Candidate> TWO_SATHISH_KUMARS =
      List.of(
          new Candidate(14, "S.SATHISH KUMAR", PartyId.INDEPENDENT),
          new Candidate(16, "S.SATHISH KUMAR", PartyId.INDEPENDENT));

  @Test
  void namesakesAreToldApartByCountsThatNeverFallTowardsTheFinalResult() {
    Map<CandidateSnapshot, Integer> serials = Namesakes.newSerials();
    List<Rejection> problems = new ArrayList<>();
    // Rows in a scrape are not in ballot order: the first row of each scrape is a different one.
    List<List<CandidateSnapshot>> scrapes =
        List.of(List.of(row(1, 313), row(2, 284)), List.of(row(3, 295), row(4, 324)));

    new Namesakes("f", TWO_SATHISH_KUMARS, new long[] {527, 501})
        .assign(scrapes, serials, problems);

    assertThat(problems).isEmpty();
    assertThat(serials)
        .containsEntry(scrapes.get(1).get(1), 14)
        .containsEntry(scrapes.get(1).get(0), 16)
        .containsEntry(scrapes.get(0).get(0), 14)
        .containsEntry(scrapes.get(0).get(1), 16);
  }

  @Test
  void rowsThatFitTwoWaysEquallyAreRejectedNotGuessed() {
    Map<CandidateSnapshot, Integer> serials = Namesakes.newSerials();
    List<Rejection> problems = new ArrayList<>();

    new Namesakes("f", TWO_SATHISH_KUMARS, new long[] {500, 500})
        .assign(List.of(List.of(row(7, 400))), serials, problems);

    assertThat(serials).isEmpty();
    assertThat(problems).singleElement().extracting(Rejection::line).isEqualTo(7L);
  }

  @Test
  void aRowAboveEveryNamesakesLaterCountIsRejected() {
    Map<CandidateSnapshot, Integer> serials = Namesakes.newSerials();
    List<Rejection> problems = new ArrayList<>();

    new Namesakes("f", TWO_SATHISH_KUMARS, new long[] {527, 501})
        .assign(List.of(List.of(row(9, 600))), serials, problems);

    assertThat(problems)
        .singleElement()
        .extracting(Rejection::reason)
        .asString()
        .contains("without a count falling");
  }

  private static CandidateSnapshot row(long line, long evm) {
    return new CandidateSnapshot(
        line,
        StateCode.of("S22"),
        4,
        Instant.parse("2024-06-04T12:00:00Z").plusSeconds(line),
        "run-" + line,
        "S.SATHISH KUMAR",
        "Independent",
        false,
        evm,
        0);
  }
}
