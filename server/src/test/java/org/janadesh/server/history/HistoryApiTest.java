package org.janadesh.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

class HistoryApiTest {
  private static final Client client = BundledServer.client();

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> res = client.get(path);
    assertThat(res.statusCode()).as(path).isEqualTo(200);
    return Json.mapper().readTree(res.body());
  }

  private static int won(JsonNode history, int year) {
    for (JsonNode y : history.get("years")) {
      if (y.get("year").asInt() == year) {
        return y.get("won").asInt();
      }
    }
    throw new AssertionError("no " + year + " in " + history);
  }

  @Test
  void theLeftPairPeakedAt53In2004AndFellTo5In2019() throws IOException {
    JsonNode left = json("/api/v1/history?party=CPI(M),CPI");

    assertThat(left.get("subject").asText()).isEqualTo("CPI(M)+CPI");
    assertThat(left.get("members")).extracting(JsonNode::asText).containsExactly("CPI", "CPI(M)");
    assertThat(left.get("highest").get("year").asInt()).isEqualTo(2004);
    assertThat(left.get("highest").get("won").asInt()).isEqualTo(53);
    assertThat(left.get("lowest").get("year").asInt()).isEqualTo(2019);
    assertThat(left.get("lowest").get("won").asInt()).isEqualTo(5);
  }

  @Test
  void congressWasLowestWith44In2014AndEveryLokSabhaFrom1952To2024IsThere() throws IOException {
    JsonNode inc = json("/api/v1/history?party=Indian%20National%20Congress");

    assertThat(inc.get("subject").asText()).isEqualTo("INC");
    assertThat(inc.get("lowest").get("year").asInt()).isEqualTo(2014);
    assertThat(inc.get("lowest").get("won").asInt()).isEqualTo(44);
    assertThat(inc.get("years").get(0).get("year").asInt()).isEqualTo(1952);
    assertThat(inc.get("years").get(inc.get("years").size() - 1).get("year").asInt())
        .isEqualTo(2024);
  }

  @Test
  void theBjpWonTwoSeatsIn1984() throws IOException {
    JsonNode bjp = json("/api/v1/history?party=bjp");

    assertThat(won(bjp, 1984)).isEqualTo(2);
    assertThat(bjp.get("years").get(0).get("year").asInt()).isEqualTo(1984);
  }

  @Test
  void aNamedGroupCountsItsMembersAsOne() throws IOException {
    JsonNode left = json("/api/v1/history?party=Left");

    assertThat(left.get("members")).extracting(JsonNode::asText).contains("CPI", "CPI(M)");
    assertThat(won(left, 2004)).isGreaterThan(53);
  }

  @Test
  void answersNotModifiedToItsOwnETag() {
    HttpResponse<String> first = client.get("/api/v1/history?party=BJP");
    String etag = first.headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        client.send(
            client.request("/api/v1/history?party=BJP").header("If-None-Match", etag).build());

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
  }

  @Test
  void anUnknownPartyIsABadRequestNamingAll5WithSuggestions() throws IOException {
    HttpResponse<String> res = client.get("/api/v1/history?party=CPI(M),AITCC");

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/problem+json");
    JsonNode problem = Json.mapper().readTree(res.body());
    assertThat(problem.get("rule").asText()).isEqualTo("ALL-5");
    assertThat(problem.get("detail").asText()).contains("'AITCC'").contains("did you mean: AITC");
  }

  @Test
  void noPartyIsABadRequest() {
    assertThat(client.get("/api/v1/history").statusCode()).isEqualTo(400);
  }
}
