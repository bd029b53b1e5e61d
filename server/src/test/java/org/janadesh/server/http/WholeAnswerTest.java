package org.janadesh.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.junit.jupiter.api.Test;

/**
 * A finished answer goes out as one prebuilt response (WholeAnswerSink). These tests read the bytes
 * off a raw socket, because an HTTP client would forgive a framing slip that a proxy would not.
 */
class WholeAnswerTest {
  private static final String TALLY = "/api/v1/elections/ls-2024/tally";

  private final Client client = BundledServer.client();

  @Test
  void pipelinedRequestsOnOneConnectionEachGetTheirOwnWholeResponse() throws IOException {
    List<RawHttp.Reply> replies =
        exchange(
            3,
            get(TALLY, "")
                + get(TALLY, "Accept-Encoding: gzip\r\n")
                + get("/api/v1/elections", "Connection: close\r\n"));

    assertThat(replies).hasSize(3);
    RawHttp.Reply plain = replies.get(0);
    RawHttp.Reply gzipped = replies.get(1);
    assertThat(plain.status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(plain.headers())
        .containsEntry("content-type", "application/json")
        .containsEntry("cache-control", "public, max-age=86400")
        .containsEntry("vary", "Accept-Encoding")
        .containsEntry("connection", "keep-alive")
        .containsKeys("date", "etag")
        .doesNotContainKey("content-encoding");
    assertThat(plain.text()).startsWith("{\"election\":\"ls-2024\"");
    assertThat(plain.text()).isEqualTo(client.get(TALLY).body());

    assertThat(gzipped.status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(gzipped.headers()).containsEntry("content-encoding", "gzip");
    assertThat(gzipped.headers().get("etag")).isEqualTo(plain.headers().get("etag"));
    assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());

    // Connection: close takes Helidon's own path, which must say so.
    RawHttp.Reply last = replies.get(2);
    assertThat(last.status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(last.headers()).containsEntry("connection", "close");
    assertThat(last.text()).contains("\"ls-2024\"");
  }

  @Test
  void aClientHoldingTheTagGets304WithoutABodyAndTheConnectionGoesOn() throws IOException {
    String etag = client.get(TALLY).headers().firstValue("ETag").orElseThrow();
    List<RawHttp.Reply> replies =
        exchange(
            2, get(TALLY, "If-None-Match: " + etag + "\r\n") + get(TALLY, "Connection: close\r\n"));

    assertThat(replies)
        .extracting(RawHttp.Reply::status)
        .containsExactly("HTTP/1.1 304 Not Modified", "HTTP/1.1 200 OK");
    assertThat(replies.get(0).body()).isEmpty();
    assertThat(replies.get(0).headers()).containsEntry("etag", etag);
    assertThat(replies.get(1).text()).startsWith("{\"election\":\"ls-2024\"");
  }

  private static String get(String path, String headers) {
    return RawHttp.request("GET", path, headers);
  }

  /** Sends {@code requests} at once and reads {@code count} responses, framed by length. */
  private List<RawHttp.Reply> exchange(int count, String requests) throws IOException {
    return RawHttp.exchange(client.port(), requests, Collections.nCopies(count, false), 10_000)
        .replies();
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
