package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PosterTest {
  @Test
  void theEventsIdIsTheSequenceTheWriterAcknowledged() {
    String ack =
        "{\"election\":\"ls-2024\",\"results\":[{\"seq\":724,\"key\":\"k\",\"constituency\":"
            + "\"S24-54\",\"outcome\":\"accepted\"}]}";

    assertThat(Poster.seqOf(ack)).isEqualTo(724);
    assertThat(Poster.seqOf("{\"results\":[]}")).isEqualTo(-1);
  }

  @Test
  void memoryPerConnectionIsEveryServersGrowthSummedOverAllClients() {
    List<Rss> before = List.of(new Rss(100_000, 20, 0), new Rss(90_000, 18, 0));
    List<Rss> connected = List.of(new Rss(400_000, 30, 0), new Rss(390_000, 28, 0));

    String line = Poster.memory(before, connected, connected, 20_000);

    // (300,000 + 300,000) KiB over 20,000 clients
    assertThat(line)
        .startsWith(
            "server memory   | RSS 185.5 MiB before, 771.5 MiB with 20000 connected (30.0 KiB")
        .contains("threads 38 -> 58; summed over 2 server processes");
  }
}
