package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The harness against a stand-in event stream (the JDK's HTTP server, chunked): every client is
 * counted ready, events before arming are not measured, and the one broadcast after arming reaches
 * all of them.
 */
class FanOutTest {
  private static final int CLIENTS = 60;
  private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
  private final List<Integer> ports = new CopyOnWriteArrayList<>();
  private final CountDownLatch open = new CountDownLatch(1);
  private HttpServer server;

  @BeforeEach
  void startAStandInStream() throws IOException {
    server = HttpServer.create(new InetSocketAddress(loopback(1), 0), 1024);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/api/v1/elections/", this::subscribe);
    server.start();
  }

  @AfterEach
  void stop() {
    open.countDown();
    server.stop(0);
  }

  private void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0); // chunked, endless
    ports.add(exchange.getLocalAddress().getPort());
    OutputStream out = exchange.getResponseBody();
    out.write(": connected\n\nid: 3\nevent: round\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    streams.add(out);
    try {
      open.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static InetAddress loopback(int last) throws IOException {
    return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
  }

  private void broadcast(String frame) throws IOException {
    for (OutputStream out : streams) {
      out.write(frame.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  @Test
  void everyClientIsReadyAndTheEventAfterArmingReachesEachOfThem() throws Exception {
    InetSocketAddress address = new InetSocketAddress(loopback(1), server.getAddress().getPort());
    List<InetSocketAddress> sources =
        List.of(new InetSocketAddress(loopback(1), 0), new InetSocketAddress(loopback(2), 0));

    try (FanOut fan = new FanOut(address, "/api/v1/elections/ls-2024%23t/events", sources, 2)) {
      assertThat(fan.connect(CLIENTS, 16, 20_000))
          .as("failures %s", fan.failures)
          .isEqualTo(CLIENTS);
      while (streams.size() < CLIENTS) {
        Thread.sleep(5);
      }
      Thread.sleep(200);
      fan.arm();
      broadcast(": heartbeat\n\nid: 3\ndata: old\n\n"); // not newer than before arming
      assertThat(fan.received.get()).isZero();
      long sent = System.nanoTime();
      broadcast("id: 4\nevent: declared\ndata: {\"seq\":4}\n\n");
      fan.awaitArrivals(CLIENTS, 10_000);

      assertThat(fan.received.get()).isEqualTo(CLIENTS);
      assertThat(fan.failed.get()).isZero();
      assertThat(fan.eventsBeforeArming.get()).isEqualTo(CLIENTS);
      assertThat(java.util.Arrays.stream(fan.arrivals()).boxed().toList())
          .hasSize(CLIENTS)
          .allMatch(at -> at >= sent);
    }
  }

  @Test
  void armingAgainMeasuresTheNextEventAloneAndForgetsTheLastRound() throws Exception {
    InetSocketAddress address = new InetSocketAddress(loopback(1), server.getAddress().getPort());
    List<InetSocketAddress> sources = List.of(new InetSocketAddress(loopback(1), 0));

    try (FanOut fan = new FanOut(address, "/api/v1/elections/ls-2024%23t/events", sources, 1)) {
      assertThat(fan.connect(CLIENTS, 16, 20_000)).isEqualTo(CLIENTS);
      while (streams.size() < CLIENTS) {
        Thread.sleep(5);
      }
      fan.arm();
      broadcast("id: 4\nevent: round\ndata: {}\n\n");
      fan.awaitArrivals(CLIENTS, 10_000);
      assertThat(fan.received.get()).isEqualTo(CLIENTS);

      fan.arm();
      assertThat(fan.received.get()).isZero();
      assertThat(java.util.Arrays.stream(fan.arrivals()).boxed().toList()).containsOnly(0L);
      broadcast("id: 4\ndata: again\n\n"); // the last round's id: not the next event
      Thread.sleep(100);
      assertThat(fan.received.get()).isZero();
      long sent = System.nanoTime();
      broadcast("id: 5\nevent: round\ndata: {}\n\n");
      fan.awaitArrivals(CLIENTS, 10_000);

      assertThat(fan.received.get()).isEqualTo(CLIENTS);
      assertThat(java.util.Arrays.stream(fan.arrivals()).boxed().toList())
          .allMatch(at -> at >= sent);
    }
  }

  @Test
  void recordingKeepsEveryNewEventOfEveryClientOnTheGivenClockAcrossTwoServers() throws Exception {
    HttpServer other = HttpServer.create(new InetSocketAddress(loopback(1), 0), 1024);
    other.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    other.createContext("/api/v1/elections/", this::subscribe);
    other.start();
    List<InetSocketAddress> servers =
        List.of(
            new InetSocketAddress(loopback(1), server.getAddress().getPort()),
            new InetSocketAddress(loopback(1), other.getAddress().getPort()));
    java.util.concurrent.atomic.AtomicLong clock =
        new java.util.concurrent.atomic.AtomicLong(1_000);

    FanOut fan =
        new FanOut(
            servers,
            1,
            "/api/v1/elections/ls-2024%23t/events",
            List.of(new InetSocketAddress(loopback(1), 0)),
            2,
            clock::get);
    try {
      assertThat(fan.connect(CLIENTS, 16, 20_000)).isEqualTo(CLIENTS);
      while (streams.size() < CLIENTS) {
        Thread.sleep(5);
      }
      fan.record(2);
      broadcast("id: 3\ndata: old\n\n"); // seen before recording: not kept
      clock.set(5_000);
      broadcast("id: 4\ndata: a\n\n");
      while (fan.delivered(0) < CLIENTS) {
        Thread.sleep(5);
      }
      clock.set(9_000);
      broadcast("id: 5\ndata: b\n\n");
      while (fan.delivered(1) < CLIENTS) {
        Thread.sleep(5);
      }
      fan.close(); // joins the selector threads: the records are final

      assertThat(ports.stream().filter(p -> p == other.getAddress().getPort()).count())
          .as("client 0 of this harness is client 1 of the run: the second server's")
          .isEqualTo(CLIENTS / 2);
      assertThat(fan.streams())
          .hasSize(CLIENTS)
          .allSatisfy(
              s -> {
                assertThat(s.recordedIds()).containsExactly(4, 5);
                assertThat(s.recordedTimes()).containsExactly(5_000, 9_000);
              });
      assertThat(fan.streams().get(0).server.getPort()).isEqualTo(other.getAddress().getPort());
    } finally {
      fan.close();
      other.stop(0);
    }
  }
}
