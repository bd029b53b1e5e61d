package org.janadesh.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.server.http.RawHttp.request;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.junit.jupiter.api.Test;

/** HEAD answers every GET resource with the GET's status and headers and no body (RFC 9110). */
class HeadRequestsTest {
  private static final String TALLY = "/api/v1/elections/ls-2024/tally";

  private final Client client = BundledServer.client();

  @Test
  void pipelinedHeadsCarryNoBodySoTheGetsAfterThemStayInFrame() throws IOException {
    String gzip = "Accept-Encoding: gzip\r\n";
    RawHttp.Exchange exchange =
        RawHttp.exchange(
            client.port(),
            request("HEAD", TALLY, "")
                + request("GET", TALLY, "")
                + request("HEAD", TALLY, gzip)
                + request("GET", TALLY, gzip)
                + request("HEAD", "/health", "")
                + request("HEAD", "/metrics", "")
                + request("HEAD", "/", "")
                + request("HEAD", "/api/v1/no-such-thing", "")
                + request("HEAD", "/api/v1/elections/ls-1066/tally", "")
                + request("GET", "/api/v1/elections", "Connection: close\r\n"),
            List.of(true, false, true, false, true, true, true, true, true, false),
            10_000);

    List<RawHttp.Reply> replies = exchange.replies();
    assertThat(replies).hasSize(10);
    assertSameHeadersAsGet(replies.get(0), replies.get(1));
    assertSameHeadersAsGet(replies.get(2), replies.get(3));
    assertThat(replies.get(2).headers()).containsEntry("content-encoding", "gzip");
    assertThat(replies.get(1).text()).startsWith("{\"election\":\"ls-2024\"");
    assertThat(replies.get(4).status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(replies.get(4).headers()).containsEntry("content-type", "application/json");
    assertThat(replies.get(5).status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(replies.get(5).headers().get("content-type")).startsWith("text/plain");
    assertThat(replies.get(6).status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(replies.get(6).headers().get("content-type")).startsWith("text/html");
    assertThat(replies.get(7).status()).isEqualTo("HTTP/1.1 404 Not Found");
    assertThat(replies.get(7).headers()).containsEntry("content-type", Problem.MEDIA_TYPE);
    assertThat(Integer.parseInt(replies.get(7).headers().get("content-length"))).isPositive();
    // a problem a route throws (unknown election) goes out without its body too
    assertThat(replies.get(8).status()).isEqualTo("HTTP/1.1 404 Not Found");
    assertThat(replies.get(8).body()).isEmpty();
    // the last GET parsed whole: no HEAD leaked a body into the stream
    assertThat(replies.get(9).text()).contains("\"ls-2024\"").endsWith("}");
    assertThat(exchange.trailingBytes()).isZero();
    assertThat(exchange.closed()).isTrue();
  }

  @Test
  void aHeadFromTheJdkClientGetsTheGetsHeadersAnd304ForAHeldTag() {
    HttpResponse<String> get = client.get(TALLY);
    HttpResponse<String> head =
        client.send(
            client.request(TALLY).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    for (String name : List.of("ETag", "Cache-Control", "Vary", "Content-Type")) {
      assertThat(head.headers().firstValue(name))
          .as(name)
          .isEqualTo(get.headers().firstValue(name));
    }
    assertThat(head.headers().firstValueAsLong("Content-Length"))
        .hasValue(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);

    String etag = get.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> held =
        client.send(
            client
                .request(TALLY)
                .header("If-None-Match", etag)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(held.statusCode()).isEqualTo(304);
    assertThat(held.headers().firstValue("ETag")).hasValue(etag);
  }

  private static void assertSameHeadersAsGet(RawHttp.Reply head, RawHttp.Reply get) {
    assertThat(head.status()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(head.body()).isEmpty();
    Map<String, String> expected = new java.util.LinkedHashMap<>(get.headers());
    expected.remove("date");
    Map<String, String> actual = new java.util.LinkedHashMap<>(head.headers());
    actual.remove("date");
    assertThat(actual).isEqualTo(expected);
    assertThat(Integer.parseInt(head.headers().get("content-length"))).isEqualTo(get.body().length);
  }
}
