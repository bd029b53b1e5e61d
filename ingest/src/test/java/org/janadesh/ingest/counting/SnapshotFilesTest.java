package org.janadesh.ingest.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.janadesh.ingest.Bundled;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;
import org.junit.jupiter.api.Test;

class SnapshotFilesTest {
  private static final String CANDIDATES = "counting/ls2024_counting_candidate_snapshots.csv.gz";
  private static final String LEADS = "counting/ls2024_counting_leads.csv.gz";

  @Test
  void everyBundledSnapshotRowReadsAndTiesToABallotSerial() {
    SnapshotFiles.Read<CandidateSnapshot> read =
        SnapshotFiles.candidates(CANDIDATES, BundledData.read(CANDIDATES));
    assertThat(read.rejections()).isEmpty();
    assertThat(read.rows()).hasSize(113_859);

    BallotMatcher.Matched matched =
        new BallotMatcher(CANDIDATES, Bundled.contests("ls-2024"), Bundled.registries().parties())
            .match(read.rows());

    assertThat(matched.rejections()).extracting(Rejection::toString).isEmpty();
  }

  @Test
  void everyBundledLeadRowReads() {
    SnapshotFiles.Read<LeadSnapshot> read = SnapshotFiles.leads(LEADS, BundledData.read(LEADS));
    assertThat(read.rejections()).isEmpty();
    assertThat(read.rows()).hasSize(13_283);
  }

  @Test
  void theConstituencyComesFromThePageAddressNotFromTheMislabelledColumns() {
    SnapshotFiles.Read<CandidateSnapshot> read =
        SnapshotFiles.candidates(
            "t.csv",
            csv(
                "S,1,1,ANDAMAN & NICOBAR,Andaman & Nicobar Islands,APPALANARASA PACHIPENTA,"
                    + "Communist Party of India  (Marxist),114533,-,114533,10.43,2024-06-04 16:31:48,"
                    + "https://results.eci.gov.in/PcResultGenJune2024/ConstituencywiseS011.htm,x.csv"));
    assertThat(read.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.state().value()).isEqualTo("S01");
              assertThat(r.pc()).isEqualTo(1);
              assertThat(r.postal()).isZero();
              assertThat(r.published()).hasToString("2024-06-04T11:01:48Z");
            });
  }

  @Test
  void aRowWhoseModesDoNotAddUpIsRejectedWithItsLineAndField() {
    SnapshotFiles.Read<CandidateSnapshot> read =
        SnapshotFiles.candidates(
            "t.csv",
            csv(
                "S,1,1,X,Y,A B,Independent,100,5,104,1.0,2024-06-04 16:31:48,"
                    + "https://results.eci.gov.in/PcResultGenJune2024/ConstituencywiseS0124.htm,x.csv",
                "S,1,1,X,Y,C D,Independent,100,5,105,1.0,2024-06-04 16:31:48,"
                    + "https://results.eci.gov.in/PcResultGenJune2024/nowhere.htm,x.csv"));
    assertThat(read.rows()).isEmpty();
    assertThat(read.rejections())
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "total_votes"),
            org.assertj.core.groups.Tuple.tuple(3L, "source_url"));
  }

  private static SourceBytes csv(String... rows) {
    String header =
        "s_u,st_code,pc_no,st_name,pc_name,candidate_name,party,evm_votes,postal_votes,"
            + "total_votes,vote_percentage,timestamp,source_url,source_file\n";
    return SourceBytes.readFrom(
        new ByteArrayInputStream(
            (header + String.join("\n", List.of(rows)) + "\n").getBytes(StandardCharsets.UTF_8)));
  }
}
