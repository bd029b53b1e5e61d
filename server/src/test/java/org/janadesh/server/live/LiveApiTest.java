package org.janadesh.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read routes of a live count, over a test count fed with the first 2024 snapshots. */
class LiveApiTest {
  private static final int FED = 3_000;
  @TempDir static Path dir;
  private static LiveServer live;

  @BeforeAll
  static void start() {
    live = LiveServer.start(dir, Duration.ofSeconds(15));
    live.feed("api", live.snapshots().subList(0, FED));
    live.feed("whole-day", live.snapshots());
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> res = live.client.get(path);
    assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
    return Json.mapper().readTree(res.body());
  }

  @Test
  void aPercentEncodedHashInThePathNamesTheTestCountAndEveryAnswerSaysTest() throws IOException {
    JsonNode status = json("/api/v1/elections/ls-2024%23api/status");

    assertThat(status.get("count").asText()).isEqualTo("ls-2024#api");
    assertThat(status.get("test").asBoolean()).isTrue();
    assertThat(status.get("seq").asLong()).isEqualTo(FED);
    assertThat(json("/api/v1/elections/ls-2024%23api/seats").get("test").asBoolean()).isTrue();
    assertThat(
            json("/api/v1/elections/ls-2024%23api/events?after=0&limit=1").get("test").asBoolean())
        .isTrue();
  }

  @Test
  void theCountsListNamesTheTestCountWithItsSequence() throws IOException {
    JsonNode counts = json("/api/v1/counts").get("counts");

    JsonNode api =
        java.util.stream.StreamSupport.stream(counts.spliterator(), false)
            .filter(c -> c.get("count").asText().equals("ls-2024#api"))
            .findFirst()
            .orElseThrow();
    assertThat(api.get("test").asBoolean()).isTrue();
    assertThat(api.get("seq").asLong()).isEqualTo(FED);
  }

  @Test
  void statusSeatsAddUpAndVotesCountedAddUpToTheCountedTotalWithShares() throws IOException {
    JsonNode status = json("/api/v1/elections/ls-2024%23api/status");

    int seats = status.get("seats").asInt();
    assertThat(
            status.get("declared").asInt()
                + status.get("counting").asInt()
                + status.get("not_started").asInt()
                + status.get("countermanded").asInt())
        .isEqualTo(seats)
        .isEqualTo(543);
    JsonNode votes = status.get("votes");
    long sum = votes.get("nota").asLong();
    BigDecimal shares = votes.get("nota_share").decimalValue();
    for (JsonNode p : votes.get("parties")) {
      sum += p.get("votes").asLong();
      shares = shares.add(p.get("share").decimalValue());
    }
    assertThat(sum).isEqualTo(votes.get("counted").asLong()).isPositive();
    assertThat(shares.doubleValue()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.5));
    assertThat(votes.get("parties").get(0).get("votes").asLong())
        .isGreaterThanOrEqualTo(votes.get("parties").get(1).get("votes").asLong());
  }

  /**
   * The bundled results-site snapshots never report Andaman & Nicobar Islands (won by BJP): at the
   * end of the snapshot day it is the one seat not started, so BJP stands at 239 (33 short of 272,
   * where the final 240 is 32 short) and NDA at 292, past the mark; one seat is undecided.
   */
  @Test
  void all8TheSnapshotDayEndsWithBjp33ShortOf272Nda292PastItAndAndamanUndecided()
      throws IOException {
    JsonNode parties = json("/api/v1/elections/ls-2024%23whole-day/status");
    JsonNode alliances = json("/api/v1/elections/ls-2024%23whole-day/status?by=alliance");
    JsonNode seats = json("/api/v1/elections/ls-2024%23whole-day/seats").get("seats");

    List<String> notStarted = new ArrayList<>();
    seats.forEach(
        s -> {
          if (s.get("status").asText().equals("not_started")) {
            notStarted.add(s.get("name").asText());
          }
        });
    assertThat(notStarted).containsExactly("ANDAMAN & NICOBAR ISLANDS");
    assertThat(parties.get("majority_mark").asInt()).isEqualTo(272);
    assertThat(alliances.get("majority_mark").asInt()).isEqualTo(272);
    assertThat(parties.get("undecided").asInt()).isEqualTo(1);
    assertThat(alliances.get("undecided").asInt()).isEqualTo(1);
    assertThat(row(parties, "parties", "party", "BJP").get("total").asInt()).isEqualTo(239);
    assertThat(row(parties, "parties", "party", "BJP").get("short_of_majority").asInt())
        .isEqualTo(33);
    assertThat(row(parties, "parties", "party", "INC").get("short_of_majority").asInt())
        .isEqualTo(272 - 99);
    assertThat(row(alliances, "alliances", "alliance", "NDA").get("total").asInt()).isEqualTo(292);
    assertThat(row(alliances, "alliances", "alliance", "NDA").get("short_of_majority").asInt())
        .isZero();
    assertThat(row(alliances, "alliances", "alliance", "INDIA").get("short_of_majority").asInt())
        .isEqualTo(272 - 234);
  }

  @Test
  void all8MidCountTheUndecidedSeatsAreThoseNeitherWonNorLeadingAndUpsMarkIs41()
      throws IOException {
    JsonNode india = json("/api/v1/elections/ls-2024%23api/status");
    JsonNode up = json("/api/v1/elections/ls-2024%23api/status?state=S24&by=alliance");

    int decided = 0;
    for (JsonNode p : india.get("parties")) {
      decided += p.get("total").asInt();
      assertThat(p.get("short_of_majority").asInt())
          .isEqualTo(Math.max(0, 272 - p.get("total").asInt()));
    }
    assertThat(india.get("undecided").asInt()).isEqualTo(543 - decided).isPositive();
    assertThat(india.get("undecided").asInt())
        .isGreaterThanOrEqualTo(india.get("not_started").asInt());
    assertThat(up.get("majority_mark").asInt()).isEqualTo(41);
    for (JsonNode a : up.get("alliances")) {
      if (a.get("alliance").asText().equals("Others")) {
        assertThat(a.get("short_of_majority").isNull()).as("Others are not a bloc").isTrue();
      } else {
        assertThat(a.get("short_of_majority").asInt())
            .isEqualTo(Math.max(0, 41 - a.get("total").asInt()));
      }
    }
  }

  private static JsonNode row(JsonNode status, String rows, String key, String value) {
    for (JsonNode r : status.get(rows)) {
      if (r.get(key).asText().equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no " + value + " in " + rows);
  }

  @Test
  void aPastSequenceIsCachedLongAndTheCurrentStateBriefly() {
    HttpResponse<String> now = live.client.get("/api/v1/elections/ls-2024%23api/status");
    HttpResponse<String> past = live.client.get("/api/v1/elections/ls-2024%23api/status?seq=100");

    assertThat(now.headers().firstValue("cache-control")).hasValue("public, max-age=5");
    assertThat(past.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
    assertThat(past.body()).contains("\"seq\":100");
    HttpResponse<String> again =
        live.client.send(
            live.client
                .request("/api/v1/elections/ls-2024%23api/status")
                .header("If-None-Match", now.headers().firstValue("etag").orElseThrow())
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void byAllianceAndByStateAnswerAndAnUnknownStateIsAProblem() throws IOException {
    JsonNode alliances = json("/api/v1/elections/ls-2024%23api/status?by=alliance");
    JsonNode up = json("/api/v1/elections/ls-2024%23api/status?state=up");

    assertThat(alliances.has("alliances")).isTrue();
    assertThat(alliances.get("votes").has("alliances")).isTrue();
    assertThat(up.get("seats").asInt()).isEqualTo(80);
    HttpResponse<String> nowhere =
        live.client.get("/api/v1/elections/ls-2024%23api/status?state=atlantis");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.headers().firstValue("content-type")).hasValue("application/problem+json");
  }

  @Test
  void anUnknownCountIsNotFoundAndAMalformedOneABadRequest() {
    assertThat(live.client.get("/api/v1/elections/ls-2024%23nope/status").statusCode())
        .isEqualTo(404);
    assertThat(live.client.get("/api/v1/elections/ls-2024%23NOT%20A%20LABEL/status").statusCode())
        .isEqualTo(400);
  }

  @Test
  void everySeatHasALiveRowAndCountingSeatsNameALeaderAndAMargin() throws IOException {
    JsonNode seats = json("/api/v1/elections/ls-2024%23api/seats").get("seats");
    JsonNode up = json("/api/v1/elections/ls-2024%23api/seats?state=S24").get("seats");

    assertThat(seats).hasSize(543);
    assertThat(up).hasSize(80);
    List<JsonNode> counting = new ArrayList<>();
    for (JsonNode s : seats) {
      if (s.get("status").asText().equals("counting")) {
        counting.add(s);
      }
    }
    assertThat(counting).isNotEmpty();
    for (JsonNode s : counting) {
      if (!s.get("leader").isNull()) {
        assertThat(s.get("margin").asLong()).isPositive();
        assertThat(s.get("leader").get("party").asText()).isNotBlank();
      }
      assertThat(s.get("rounds").isNull()).as("snapshots carry no round numbers").isTrue();
    }
  }

  @Test
  void oneSeatGivesItsCandidatesEvmPostalAndTotalAndItsLeadChanges() throws IOException {
    JsonNode seat = json("/api/v1/elections/ls-2024%23api/seats/ayodhya");

    assertThat(seat.get("seat").get("name").asText()).isEqualTo("FAIZABAD");
    JsonNode first = seat.get("candidates").get(0);
    assertThat(first.get("total").asLong())
        .isEqualTo(first.get("evm").asLong() + first.get("postal").asLong());
    long counted = seat.get("nota").get("total").asLong();
    double shares = seat.get("nota").path("share").asDouble(0);
    for (JsonNode c : seat.get("candidates")) {
      counted += c.get("total").asLong();
      shares += c.path("share").asDouble(0);
    }
    assertThat(seat.get("counted").asLong()).isEqualTo(counted);
    // The first 3,000 entries of the day reach Faizabad: it is counting, so every figure is there.
    assertThat(seat.get("seat").get("status").asText()).isNotEqualTo("not_started");
    assertThat(first.get("name").asText()).isEqualTo("AWADHESH PRASAD");
    assertThat(seat.get("lead_changes")).isNotEmpty();
    // MET-0: each share of the votes counted is rounded to 2 decimals, so they sum to ~100
    assertThat(shares).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.1));
    assertThat(first.get("share").decimalValue())
        .isEqualByComparingTo(
            java.math.BigDecimal.valueOf(first.get("total").asLong() * 100.0 / counted)
                .setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(live.client.get("/api/v1/elections/ls-2024%23api/seats/faizabadd").body())
        .contains("did you mean");
  }

  @Test
  void theEventsDeltaGivesTheEntriesAfterTheSequenceAskedUpToTheLimit() throws IOException {
    JsonNode delta = json("/api/v1/elections/ls-2024%23api/events?after=10&limit=5");

    List<Long> seqs = new ArrayList<>();
    delta.get("events").forEach(e -> seqs.add(e.get("seq").asLong()));
    assertThat(seqs).containsExactly(11L, 12L, 13L, 14L, 15L);
    assertThat(delta.get("last").asLong()).isEqualTo(15);
    assertThat(delta.get("more").asBoolean()).isTrue();
    JsonNode first = delta.get("events").get(0);
    assertThat(first.get("submission").get("key").asText()).startsWith("eci2024:");
    assertThat(first.get("outcome").asText()).isEqualTo("accepted");
    assertThat(first.has("seat")).isTrue();
  }
}
