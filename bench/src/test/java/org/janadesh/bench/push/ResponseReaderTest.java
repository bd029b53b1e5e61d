package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {
  private final List<SseEvent> events = new ArrayList<>();
  private final SseParser parser = new SseParser(events::add);
  private final ResponseReader reader = new ResponseReader(parser::feed);

  private void feed(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    reader.feed(bytes, 0, bytes.length);
  }

  @Test
  void aChunkedEventStreamIsDechunkedIntoEventsEvenWhenAFrameSpansChunks() {
    feed(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
    assertThat(reader.headersDone()).isTrue();
    assertThat(reader.status()).isEqualTo(200);
    assertThat(reader.header("content-type")).isEqualTo("text/event-stream");

    feed("d\r\n: heartbeat\n\n\r\n");
    feed("8\r\nid: 5\nda\r\n");
    feed("a;ext=1\r\nta: hello\n\r\n1\r\n\n\r\n");

    assertThat(events).containsExactly(new SseEvent("5", "message", "hello"));
    assertThat(parser.comments()).isEqualTo(1);
    assertThat(reader.ended()).isFalse();

    feed("0\r\n\r\n");
    assertThat(reader.ended()).isTrue();
  }

  @Test
  void aStreamWithoutChunkingPassesItsBodyThrough() {
    feed("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\nid: 1\ndata: x\n\n");

    assertThat(events).containsExactly(new SseEvent("1", "message", "x"));
  }

  @Test
  void headersSplitAcrossReadsAreReadWhole() {
    byte[] bytes =
        "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/problem+json\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < bytes.length; i++) {
      assertThat(reader.headersDone()).isFalse();
      reader.feed(bytes, i, 1);
    }

    assertThat(reader.headersDone()).isTrue();
    assertThat(reader.status()).isEqualTo(401);
  }

  @Test
  void theNearestRankPercentileOfSortedLatencies() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    assertThat(PushBench.percentile(sorted, 50)).isEqualTo(5);
    assertThat(PushBench.percentile(sorted, 99)).isEqualTo(10);
    assertThat(PushBench.percentile(new long[] {42}, 99)).isEqualTo(42);
  }
}
