package org.janadesh.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.jspecify.annotations.Nullable;
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
    List<Reply> replies =
        exchange(
            3,
            get(TALLY, "")
                + get(TALLY, "Accept-Encoding: gzip\r\n")
                + get("/api/v1/elections", "Connection: close\r\n"));

    assertThat(replies).hasSize(3);
    Reply plain = replies.get(0);
    Reply gzipped = replies.get(1);
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
    Reply last = replies.get(2);
    assertThat(last.status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(last.headers()).containsEntry("connection", "close");
    assertThat(last.text()).contains("\"ls-2024\"");
  }

  @Test
  void aClientHoldingTheTagGets304WithoutABodyAndTheConnectionGoesOn() throws IOException {
    String etag = client.get(TALLY).headers().firstValue("ETag").orElseThrow();
    List<Reply> replies =
        exchange(2, get(TALLY, "If-None-Match: " + etag + "\r\n") + get(TALLY, ""));

    assertThat(replies)
        .extracting(Reply::status)
        .containsExactly("HTTP/1.1 304 Not Modified", "HTTP/1.1 200 OK");
    assertThat(replies.get(0).body()).isEmpty();
    assertThat(replies.get(0).headers()).containsEntry("etag", etag);
    assertThat(replies.get(1).text()).startsWith("{\"election\":\"ls-2024\"");
  }

  private static String get(String path, String headers) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
  }

  /** Sends {@code requests} at once and reads {@code count} responses, framed by length. */
  private List<Reply> exchange(int count, String requests) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), client.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(requests.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return replies(count, socket.getInputStream());
    }
  }

  private static List<Reply> replies(int count, InputStream in) throws IOException {
    List<Reply> replies = new ArrayList<>();
    @Nullable String status;
    while (replies.size() < count && (status = line(in)) != null) {
      Map<String, String> headers = new LinkedHashMap<>();
      @Nullable String header;
      while ((header = line(in)) != null && !header.isEmpty()) {
        int colon = header.indexOf(':');
        headers.put(
            header.substring(0, colon).toLowerCase(Locale.ROOT),
            header.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      replies.add(new Reply(status, headers, in.readNBytes(length)));
    }
    return replies;
  }

  /** One CRLF-ended line, or null at the end of the stream. */
  private static @Nullable String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  /** A class, not a record: it holds an array. */
  private static final class Reply {
    private final String status;
    private final Map<String, String> headers;
    private final byte[] body;

    Reply(String status, Map<String, String> headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    String status() {
      return status;
    }

    Map<String, String> headers() {
      return headers;
    }

    byte[] body() {
      return body;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
