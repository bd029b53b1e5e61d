package org.janadesh.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.server.http.RawHttp.request;

import java.io.IOException;
import java.util.List;
import org.janadesh.server.BundledServer;
import org.junit.jupiter.api.Test;

/**
 * A request that says {@code Connection: close} gets its answer and then the end of the stream;
 * Helidon 4.5 alone said close and kept reading (ConnectionClose).
 */
class ConnectionCloseTest {
  private static final String CLOSE = "Connection: close\r\n";

  private final int port = BundledServer.client().port();

  @Test
  void aFinishedAnswerAskedWithConnectionCloseEndsTheConnection() throws IOException {
    assertAnsweredThenClosed("GET", "/api/v1/elections/ls-2024/tally", "200 OK");
  }

  @Test
  void healthAskedWithConnectionCloseEndsTheConnection() throws IOException {
    assertAnsweredThenClosed("GET", "/health", "200 OK");
  }

  @Test
  void aNotFoundAskedWithConnectionCloseEndsTheConnection() throws IOException {
    assertAnsweredThenClosed("GET", "/api/v1/no-such-thing", "404 Not Found");
  }

  @Test
  void aProblemARouteThrowsAskedWithConnectionCloseEndsTheConnection() throws IOException {
    assertAnsweredThenClosed("GET", "/api/v1/elections/ls-1066/tally", "404 Not Found");
  }

  @Test
  void aHeadAskedWithConnectionCloseEndsTheConnection() throws IOException {
    RawHttp.Exchange exchange =
        RawHttp.exchange(port, request("HEAD", "/api/v1/elections", CLOSE), List.of(true), 5_000);

    assertThat(exchange.replies()).singleElement().satisfies(r -> assertThat(r.body()).isEmpty());
    assertThat(exchange.closed()).isTrue();
  }

  @Test
  void aKeepAliveRequestLeavesTheConnectionOpen() throws IOException {
    RawHttp.Exchange exchange =
        RawHttp.exchange(port, request("GET", "/health", ""), List.of(false), 1_000);

    assertThat(exchange.replies()).hasSize(1);
    assertThat(exchange.closed()).isFalse();
  }

  private void assertAnsweredThenClosed(String method, String path, String status)
      throws IOException {
    RawHttp.Exchange exchange =
        RawHttp.exchange(port, request(method, path, CLOSE), List.of(false), 5_000);

    assertThat(exchange.replies()).hasSize(1);
    RawHttp.Reply reply = exchange.replies().getFirst();
    assertThat(reply.status()).isEqualTo("HTTP/1.1 " + status);
    assertThat(reply.headers()).containsEntry("connection", "close");
    assertThat(exchange.closed()).as("the server ended the stream").isTrue();
  }
}
