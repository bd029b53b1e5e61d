package org.janadesh.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.janadesh.core.election.Election;
import org.janadesh.core.result.Polled;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class NewsImporterTest {
  private static final String HEADER =
      "state,ac_no,ac_name,election,poll_date,counting_date,rank,candidate,party,party_abbr,votes,"
          + "vote_share_pct_reported,margin_reported,source_urls";

  private static ImportResult importText(String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return new NewsImporter(TestRegistries.small())
        .importFrom("news.csv", Csv.stream(Csv.lines(lines)));
  }

  private static String row(
      int rank, String name, String party, String abbr, int votes, String margin) {
    return "West Bengal,161,Ballygunge,Bye-election,2022-04-12,2022-04-16,"
        + rank
        + ","
        + name
        + ","
        + party
        + ","
        + abbr
        + ","
        + votes
        + ",,"
        + margin
        + ",https://x";
  }

  @Test
  void aNewsSourcedByElectionIsIncompleteSoItHasNoShares() {
    ImportResult result =
        importText(
            row(1, "Babul Supriyo", "All India Trinamool Congress", "AITC", 51199, "20228"),
            row(2, "Saira Shah Halim", "Communist Party of India (Marxist)", "CPI(M)", 30971, ""));

    assertThat(result.rejections()).isEmpty();
    Election election = result.batch().elections().getFirst();
    assertThat(election.id().value()).isEqualTo("bye-wb-161-2022");
    assertThat(election.name())
        .isEqualTo("West Bengal Legislative Assembly by-election, Ballygunge 2022");
    Polled polled = (Polled) result.batch().contests().getFirst().outcome();
    assertThat(polled.complete()).isFalse();
    assertThat(polled.nota()).isNull();
    assertThat(ResultSheet.of(result.batch().contests().getFirst()).totalVotes()).isEmpty();
  }

  @Test
  void aReportedMarginThatDisagreesWithTheVotesIsRejected() {
    ImportResult result =
        importText(
            row(1, "A", "All India Trinamool Congress", "AITC", 51199, "20259"),
            row(2, "B", "Communist Party of India (Marxist)", "CPI(M)", 30971, ""));

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections().getFirst())
        .isEqualTo(
            new Rejection(
                "news.csv",
                2,
                "margin_reported",
                "margin_reported 20259 ≠ 20228, the first two candidates' difference"));
  }

  @Test
  void aPartyAbbreviationThatNamesAnotherPartyIsRejected() {
    ImportResult result = importText(row(1, "A", "All India Trinamool Congress", "BJP", 51199, ""));

    assertThat(result.rejections().getFirst().field()).isEqualTo("party_abbr");
    assertThat(result.rejections().getFirst().reason())
        .isEqualTo("party_abbr 'BJP' is BJP, but party 'All India Trinamool Congress' is AITC");
  }
}
