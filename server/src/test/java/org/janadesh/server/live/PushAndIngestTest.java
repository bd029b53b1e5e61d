package org.janadesh.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.server.http.Json;
import org.janadesh.server.ingest.IngestRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSE with resume, the ingest endpoint's answers (every error and success) and the metrics text,
 * against a real server whose SSE heartbeat is 300 ms.
 */
class PushAndIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  @TempDir static Path dir;
  private static LiveServer live;

  @BeforeAll
  static void start() {
    live = LiveServer.start(dir, Duration.ofMillis(300));
    live.feed("push", live.snapshots().subList(0, 100));
    live.feed("ingest", List.of());
    live.feed("beats", live.snapshots().subList(0, 5));
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private static HttpResponse<String> post(
      String count, @org.jspecify.annotations.Nullable String token, String body) {
    HttpRequest.Builder b =
        live.client
            .request("/api/v1/elections/" + count + "/events")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return live.client.send(b.build());
  }

  private static String array(List<Submission> events) {
    return events.stream().map(CountingLines::line).collect(Collectors.joining(",", "[", "]"));
  }

  private static Contest seat(String state, int number) {
    return live.contests.stream()
        .filter(
            c ->
                c.constituency().state().value().equals(state)
                    && c.constituency().number() == number)
        .findFirst()
        .orElseThrow();
  }

  private static Submission first(String state, int number) {
    return live.snapshots().stream()
        .filter(s -> s.constituency().equals(seat(state, number).constituency()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aClientResumingWithLastEventIdGetsExactlyTheEntriesItMissedOnce() throws Exception {
    List<SseClient.Event> seen;
    try (SseClient first =
        SseClient.open(live.client, "/api/v1/elections/ls-2024%23push/events?after=90", null)) {
      assertThat(first.response().headers().firstValue("content-type").orElseThrow())
          .startsWith("text/event-stream");
      seen = first.take(10, WAIT);
    }
    HttpResponse<String> posted =
        post("ls-2024%23push", LiveServer.OPERATOR, array(live.snapshots().subList(100, 120)));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

    try (SseClient again =
        SseClient.open(live.client, "/api/v1/elections/ls-2024%23push/events", "100")) {
      List<SseClient.Event> missed = again.take(20, WAIT);
      post("ls-2024%23push", LiveServer.OPERATOR, array(live.snapshots().subList(120, 121)));
      List<SseClient.Event> live121 = again.take(1, WAIT);
      List<SseClient.Event> more = again.drain(Duration.ofMillis(700));

      assertThat(seen).extracting(SseClient.Event::id).containsExactlyElementsOf(range(91, 100));
      assertThat(missed).extracting(SseClient.Event::id).containsExactlyElementsOf(range(101, 120));
      assertThat(live121).extracting(SseClient.Event::id).containsExactly(121L);
      assertThat(more).isEmpty();
      assertThat(missed.get(0).name())
          .isEqualTo(Json.mapper().readTree(missed.get(0).data()).get("kind").asText());
      assertThat(Json.mapper().readTree(missed.get(0).data()).get("test").asBoolean()).isTrue();
    }
  }

  private static List<Long> range(long from, long to) {
    return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void anIdleStreamGetsHeartbeatComments() throws Exception {
    try (SseClient idle =
        SseClient.open(live.client, "/api/v1/elections/ls-2024%23push/events", null)) {
      assertThat(idle.comment("heartbeat", WAIT)).isEqualTo("heartbeat");
      assertThat(idle.drain(Duration.ofMillis(100))).isEmpty();
    }
  }

  @Test
  void theSharedHeartbeatKeepsBeatingAfterAnEventAndTheNextEventStillFollowsInOrder()
      throws Exception {
    try (SseClient stream =
        SseClient.open(live.client, "/api/v1/elections/ls-2024%23beats/events", "3")) {
      List<SseClient.Event> caughtUp = stream.take(2, WAIT);
      long start = System.nanoTime();
      int beats = 0;
      while (beats < 3) {
        assertThat(stream.comment("heartbeat", WAIT)).as("beat %d", beats + 1).isNotNull();
        beats++;
      }
      Duration threeBeats = Duration.ofNanos(System.nanoTime() - start);
      HttpResponse<String> posted =
          post("ls-2024%23beats", LiveServer.OPERATOR, array(live.snapshots().subList(5, 6)));
      List<SseClient.Event> next = stream.take(1, WAIT);

      assertThat(caughtUp).extracting(SseClient.Event::id).containsExactly(4L, 5L);
      // One timer for all streams, checked four times a period: a beat per 300-375 ms when quiet.
      assertThat(threeBeats).isBetween(Duration.ofMillis(500), Duration.ofMillis(3_000));
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      assertThat(next).extracting(SseClient.Event::id).containsExactly(6L);
      assertThat(stream.comment("heartbeat", WAIT)).isNotNull();
    }
  }

  @Test
  void withoutATokenOrWithAnUnknownOneTheAnswerIs401WithAChallenge() {
    String body = CountingLines.line(first("S24", 54));

    HttpResponse<String> none = post("ls-2024%23ingest", null, body);
    HttpResponse<String> bad = post("ls-2024%23ingest", "not-a-token-of-this-server", body);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("www-authenticate")).hasValue("Bearer realm=\"janadesh\"");
    assertThat(none.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.headers().firstValue("www-authenticate").orElseThrow())
        .contains("invalid_token");
  }

  @Test
  void aSeatOutsideTheTokensStatesOrSeatsIs403AndNothingIsSubmitted() {
    long before =
        live.newsroom
            .counts()
            .find(new org.janadesh.store.counting.CountId("ls-2024#ingest"))
            .orElseThrow()
            .desk()
            .current()
            .sequence();

    HttpResponse<String> bihar =
        post("ls-2024%23ingest", LiveServer.UP_DESK, CountingLines.line(first("S04", 30)));
    HttpResponse<String> amethi =
        post(
            "ls-2024%23ingest",
            LiveServer.FAIZABAD_RO, array(List.of(first("S24", 54), first("S24", 37))));

    assertThat(bihar.statusCode()).isEqualTo(403);
    assertThat(amethi.statusCode()).isEqualTo(403);
    assertThat(amethi.body()).contains("event 2");
    assertThat(
            live.newsroom
                .counts()
                .find(new org.janadesh.store.counting.CountId("ls-2024#ingest"))
                .orElseThrow()
                .desk()
                .current()
                .sequence())
        .isEqualTo(before);
  }

  @Test
  void malformedJsonIs400WithLineAndColumnAndABadFieldIs400NamingIt() throws IOException {
    HttpResponse<String> broken =
        post("ls-2024%23ingest", LiveServer.OPERATOR, "{\"election\":\n  ");
    HttpResponse<String> field =
        post(
            "ls-2024%23ingest",
            LiveServer.OPERATOR,
            CountingLines.line(first("S24", 54))
                .replace("\"kind\":\"CountReported\"", "\"kind\":\"Guessed\""));

    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(broken.body()).get("detail").asText()).contains("line 2");
    assertThat(field.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(field.body()).get("detail").asText())
        .contains("event 1, field kind");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String huge = "[" + " ".repeat(IngestRoutes.MAX_BODY) + "]";

    assertThat(post("ls-2024%23ingest", LiveServer.OPERATOR, huge).statusCode()).isEqualTo(413);
  }

  @Test
  void cnt7ADeclarationBeforeAnythingIsCountedIs422NamingTheRuleAndIsQuarantined()
      throws IOException {
    Contest lucknow = seat("S24", 35);
    Submission declare =
        new Submission(
            live.ls2024.id(),
            lucknow.constituency(),
            Instant.parse("2024-06-04T03:30:00Z"),
            Instant.parse("2024-06-04T03:30:01Z"),
            "test:declare-too-early",
            new CountingUpdate.ResultDeclared(1, false, false));

    HttpResponse<String> res =
        post("ls-2024%23ingest", LiveServer.UP_DESK, CountingLines.line(declare));

    assertThat(res.statusCode()).isEqualTo(422);
    JsonNode problem = Json.mapper().readTree(res.body());
    assertThat(problem.get("rule").asText()).isEqualTo("CNT-7");
    assertThat(problem.get("detail").asText()).startsWith("CNT-7");
    assertThat(problem.get("results").get(0).get("outcome").asText()).isEqualTo("quarantined");

    HttpResponse<String> quarantine =
        live.client.send(
            live.client
                .request("/api/v1/elections/ls-2024%23ingest/quarantine")
                .header("Authorization", "Bearer " + LiveServer.OPERATOR)
                .build());
    assertThat(quarantine.statusCode()).isEqualTo(200);
    assertThat(quarantine.headers().firstValue("cache-control")).hasValue("private, no-store");
    assertThat(quarantine.body()).contains("test:declare-too-early").contains("CNT-7");
  }

  @Test
  void theQuarantineIsForOperatorsOnly() {
    String path = "/api/v1/elections/ls-2024%23ingest/quarantine";

    assertThat(live.client.get(path).statusCode()).isEqualTo(401);
    assertThat(
            live.client
                .send(
                    live.client
                        .request(path)
                        .header("Authorization", "Bearer " + LiveServer.UP_DESK)
                        .build())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAcceptedEventIs201WithItsSequenceAndTheSameEventAgainIs200Duplicate() throws IOException {
    String body = CountingLines.line(first("S24", 54));

    HttpResponse<String> accepted = post("ls-2024%23ingest", LiveServer.FAIZABAD_RO, body);
    HttpResponse<String> again = post("ls-2024%23ingest", LiveServer.FAIZABAD_RO, body);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    JsonNode result = Json.mapper().readTree(accepted.body()).get("results").get(0);
    assertThat(result.get("outcome").asText()).isEqualTo("accepted");
    assertThat(Json.mapper().readTree(accepted.body()).get("test").asBoolean()).isTrue();
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode dup = Json.mapper().readTree(again.body()).get("results").get(0);
    assertThat(dup.get("outcome").asText()).isEqualTo("duplicate");
    assertThat(dup.get("seq").asLong()).isEqualTo(result.get("seq").asLong());
  }

  @Test
  void theMetricsTextParsesAsPrometheusAndCountsRequestsAndIngest() {
    post("ls-2024%23push", LiveServer.OPERATOR, array(live.snapshots().subList(0, 1)));
    live.client.get("/api/v1/elections/ls-2024%23push/status");

    HttpResponse<String> res = live.client.get("/metrics");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
    Pattern sample =
        Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_]+=\"([^\"\\\\]|\\\\.)*\",?)*\\})? [-+0-9.eE]+(Inf)?");
    for (String line : res.body().split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
        continue;
      }
      assertThat(line).matches(sample);
    }
    assertThat(res.body())
        .contains(
            "janadesh_http_requests_total{method=\"GET\",route=\"/api/v1/elections/{count}/status\",status=\"200\"}")
        .contains("janadesh_ingest_events_total{count=\"ls-2024#push\",outcome=\"duplicate\"}")
        .contains("janadesh_count_last_sequence{count=\"ls-2024#push\"}")
        .contains("janadesh_sse_connections ")
        .contains(
            "janadesh_http_request_duration_seconds_bucket{route=\"/api/v1/elections/{count}/status\",le=\"+Inf\"}");
  }
}
