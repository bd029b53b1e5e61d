package org.janadesh.ingest.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.janadesh.core.counting.Decision;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LiveTallies;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.WonLeading;
import org.janadesh.core.counting.synthetic.SyntheticElection;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.Bundled;
import org.janadesh.ingest.wire.CountingLines;
import org.junit.jupiter.api.Test;

/** A synthetic counting day for all of Lok Sabha 2024, through the wire format and back. */
class SyntheticStreamTest {
  private static final ElectionId LS_2024 = ElectionId.lokSabha(2024);

  @Test
  void theSyntheticDayOf2024ReplaysToTheOfficialSeatsOfEveryParty() {
    List<Contest> contests = Bundled.contests("ls-2024");
    List<Submission> day =
        SyntheticElection.of(LS_2024, contests, 42, Instant.parse("2024-06-04T02:30:00Z"));
    String jsonl = String.join("\n", day.stream().map(CountingLines::line).toList());
    CountingLines.Read read =
        CountingLines.read(
            "synthetic",
            new java.io.ByteArrayInputStream(
                jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(read.rejections()).isEmpty();
    assertThat(read.submissions()).isEqualTo(day);

    ElectionCount count = ElectionCount.start(Nominations.from(LS_2024, contests));
    for (Submission s : read.submissions()) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      assertThat(step.decision()).as(s.key()).isInstanceOf(Decision.Accepted.class);
      count = step.count();
    }

    Map<String, Integer> won = new TreeMap<>();
    for (WonLeading<org.janadesh.core.party.PartyId> line : LiveTallies.byParty(count).lines()) {
      assertThat(line.leading()).isZero();
      won.put(line.key().value(), line.won());
    }
    Map<String, Integer> official = new TreeMap<>(Bundled.seatsById(Bundled.tally("ls-2024")));
    official.values().removeIf(seats -> seats == 0);
    assertThat(won).isEqualTo(official);
    assertThat(LiveTallies.byParty(count).progress().declared()).isEqualTo(543);
  }
}
