package org.janadesh.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer server and a read node (ADR 0012) over the same file in one JVM, as two processes would
 * run: what the writer commits reaches the read node's SSE clients, with the same ids and frames.
 */
class ReadNodeTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(50);
  @TempDir static Path dir;
  private static LiveServer writer;
  private static LiveServer reader;

  @BeforeAll
  static void start() {
    writer = LiveServer.start(dir, Duration.ofMillis(300));
    writer.feed("read", writer.snapshots().subList(0, 50));
    reader = LiveServer.follow(writer, dir, Duration.ofMillis(300), POLL);
  }

  @AfterAll
  static void stop() {
    reader.close();
    writer.close();
  }

  private static HttpResponse<String> post(LiveServer to, String count, List<Submission> events) {
    String body =
        events.stream().map(CountingLines::line).collect(Collectors.joining(",", "[", "]"));
    return to.client.send(
        to.client
            .request("/api/v1/elections/" + count + "/events")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + LiveServer.OPERATOR)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static long seq(LiveServer on, String count) throws IOException {
    HttpResponse<String> status = on.client.get("/api/v1/elections/" + count + "/status");
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    return Json.mapper().readTree(status.body()).get("seq").asLong();
  }

  @Test
  void anEventPostedToTheWriterReachesTheReadNodesSseClientsWithTheSameIdAndFrame()
      throws Exception {
    List<Submission> day = writer.snapshots();
    try (SseClient onReader =
            SseClient.open(reader.client, "/api/v1/elections/ls-2024%23read/events", "40");
        SseClient onWriter =
            SseClient.open(writer.client, "/api/v1/elections/ls-2024%23read/events", "40")) {
      List<SseClient.Event> resumed = onReader.take(10, WAIT);
      assertThat(resumed).isEqualTo(onWriter.take(10, WAIT));
      assertThat(resumed).extracting(SseClient.Event::id).startsWith(41L).endsWith(50L);

      List<String> delays = new ArrayList<>();
      for (int n = 50; n < 70; n++) {
        // posts land at different points of the poll interval, not always just after a poll
        Thread.sleep((n * 17L) % POLL.toMillis());
        long sent = System.nanoTime();
        HttpResponse<String> posted = post(writer, "ls-2024%23read", day.subList(n, n + 1));
        long acknowledged = System.nanoTime();
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        List<SseClient.Event> pushed = onReader.take(1, WAIT);
        long received = System.nanoTime();
        assertThat(pushed).extracting(SseClient.Event::id).containsExactly(n + 1L);
        assertThat(pushed).isEqualTo(onWriter.take(1, WAIT));
        delays.add(
            String.format(
                Locale.ROOT,
                "| %d | %.1f | %.1f |",
                n + 1,
                (acknowledged - sent) / 1e6,
                Math.max(0, received - acknowledged) / 1e6));
      }
      assertThat(onReader.drain(Duration.ofMillis(300))).isEmpty();
      figures(delays);
    }
  }

  /** The delays seen, for ADR 0012: written under target/, never printed. */
  private static void figures(List<String> rows) throws IOException {
    Path out = Path.of("target", "read-node-delay.md");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        "Read node, poll "
            + POLL.toMillis()
            + " ms: one event per POST to the writer\n\n"
            + "| seq | writer POST answered (ms) | then the read node's SSE frame (ms) |\n"
            + "|---|---|---|\n"
            + String.join("\n", rows)
            + "\n");
  }

  @Test
  void aClientOfTheReadNodeResumingWithLastEventIdGetsExactlyWhatItMissedOnce() throws Exception {
    writer.feed("resume", writer.snapshots().subList(0, 20));
    List<SseClient.Event> missed;
    try (SseClient again =
        SseClient.open(reader.client, "/api/v1/elections/ls-2024%23resume/events", "12")) {
      missed = again.take(8, WAIT);
      assertThat(post(writer, "ls-2024%23resume", writer.snapshots().subList(20, 23)).statusCode())
          .isEqualTo(201);
      List<SseClient.Event> live = again.take(3, WAIT);
      assertThat(again.drain(Duration.ofMillis(300))).isEmpty();

      assertThat(missed).extracting(SseClient.Event::id).containsExactly(range(13, 20));
      assertThat(live).extracting(SseClient.Event::id).containsExactly(range(21, 23));
    }
  }

  private static Long[] range(long from, long to) {
    return java.util.stream.LongStream.rangeClosed(from, to).boxed().toArray(Long[]::new);
  }

  @Test
  void aCountTheWriterStartsAfterTheReadNodeStartedIsFoundAndFollowed() throws Exception {
    writer.feed("late", writer.snapshots().subList(0, 3));
    assertThat(seq(reader, "ls-2024%23late")).isEqualTo(3);

    writer.feed("late", writer.snapshots().subList(3, 9));
    long deadline = System.nanoTime() + WAIT.toNanos();
    long seen = seq(reader, "ls-2024%23late");
    while (seen < 9 && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      seen = seq(reader, "ls-2024%23late");
    }
    assertThat(seen).isEqualTo(9);
  }

  @Test
  void aPostToTheReadNodeIs405AndSaysWhereEventsGo() throws Exception {
    long before = seq(writer, "ls-2024%23read");
    HttpResponse<String> refused =
        post(reader, "ls-2024%23read", writer.snapshots().subList(200, 201));

    assertThat(refused.statusCode()).isEqualTo(405);
    assertThat(refused.headers().firstValue("allow")).hasValue("GET");
    assertThat(refused.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(Json.mapper().readTree(refused.body()).get("detail").asText())
        .contains("this server is a read node (janadesh serve --follow)")
        .contains("POST them to the writer");
    assertThat(seq(writer, "ls-2024%23read")).isEqualTo(before);
  }

  @Test
  void healthSaysWhichRoleEachServerHas() throws Exception {
    assertThat(role(writer)).isEqualTo("writer");
    assertThat(role(reader)).isEqualTo("follower");
  }

  private static String role(LiveServer on) throws IOException {
    HttpResponse<String> health = on.client.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(health.body()).get("role").asText();
  }
}
