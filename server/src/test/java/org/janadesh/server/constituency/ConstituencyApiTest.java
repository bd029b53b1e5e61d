package org.janadesh.server.constituency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

/** The constituency list and one seat's sheet with its previous result, over the bundled data. */
class ConstituencyApiTest {
  private static final Client client = BundledServer.client();

  @Test
  void faizabad2024WasWonBy54567AndIn2019ByLalluSinghOfBjp() throws IOException {
    JsonNode seat = json("/api/v1/elections/ls-2024/constituencies/Faizabad");

    assertThat(seat.get("winner").get("candidate").asText()).isEqualTo("AWADHESH PRASAD");
    assertThat(seat.get("winner").get("party").asText()).isEqualTo("SP");
    assertThat(seat.get("margin").asLong()).isEqualTo(54_567L);
    JsonNode previous = seat.get("previous");
    assertThat(previous.get("election").asText()).isEqualTo("ls-2019");
    assertThat(previous.get("winner").get("candidate").asText())
        .isEqualToIgnoringCase("Lallu Singh");
    assertThat(previous.get("winner").get("party").asText()).isEqualTo("BJP");
    assertThat(previous.get("margin").asLong()).isPositive();
  }

  @Test
  void aSeatByItsAliasIsTheSameAnswerAsByItsName() {
    HttpResponse<String> byName = client.get("/api/v1/elections/ls-2024/constituencies/Faizabad");
    HttpResponse<String> byAlias = client.get("/api/v1/elections/ls-2024/constituencies/Ayodhya");

    assertThat(byAlias.statusCode()).isEqualTo(200);
    assertThat(byAlias.body()).isEqualTo(byName.body());
    assertThat(byAlias.headers().firstValue("etag")).isEqualTo(byName.headers().firstValue("etag"));
  }

  @Test
  void aSeatRedrawnIn2008HasNoPreviousResultRatherThanAnotherSeats() throws IOException {
    JsonNode redrawn = json("/api/v1/elections/ls-2009/constituencies/Faizabad");
    JsonNode kept = json("/api/v1/elections/ls-2014/constituencies/Faizabad");

    assertThat(redrawn.get("previous").isNull()).isTrue();
    assertThat(kept.get("previous").get("election").asText()).isEqualTo("ls-2009");
  }

  @Test
  void theListHasEverySeatWithWinnerAndMarginForTheMap() throws IOException {
    JsonNode list = json("/api/v1/elections/ls-2024/constituencies");

    assertThat(list.get("seats").asInt()).isEqualTo(543);
    assertThat(list.get("constituencies").size()).isEqualTo(543);
    JsonNode faizabad =
        StreamSupport.stream(list.get("constituencies").spliterator(), false)
            .filter(c -> c.get("name").asText().equalsIgnoreCase("Faizabad"))
            .findFirst()
            .orElseThrow();
    assertThat(faizabad.get("state_code").asText()).isEqualTo("S24");
    assertThat(faizabad.get("state").asText()).isEqualTo("Uttar Pradesh");
    assertThat(faizabad.get("number").asInt()).isEqualTo(54);
    assertThat(faizabad.get("winner").get("party").asText()).isEqualTo("SP");
    assertThat(faizabad.get("margin").asLong()).isEqualTo(54_567L);
    assertThat(faizabad.get("margin_pct").decimalValue()).isEqualByComparingTo("4.78");
  }

  @Test
  void theListOfOneStateHoldsOnlyItsSeats() throws IOException {
    JsonNode kerala = json("/api/v1/elections/ls-2024/constituencies?state=Kerala");

    assertThat(kerala.get("scope").asText()).isEqualTo("Kerala");
    assertThat(kerala.get("constituencies").size()).isEqualTo(20);
    assertThat(kerala.get("constituencies").findValuesAsText("state_code")).containsOnly("S11");
  }

  @Test
  void anAssemblyElectionsListIsScopedToItsState() throws IOException {
    JsonNode kerala = json("/api/v1/elections/ae-kl-2021/constituencies");

    assertThat(kerala.get("scope").asText()).isEqualTo("Kerala");
    assertThat(kerala.get("seats").asInt()).isEqualTo(140);
  }

  @Test
  void aMisspeltSeatIs404SuggestingTheNearestName() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2024/constituencies/Tirupr", 404);

    assertThat(problem.get("detail").asText())
        .isEqualTo("no constituency 'Tirupr' in ls-2024; did you mean: TIRUPPUR?");
  }

  @Test
  void aNameInTwoStatesIs404NamingBothUntilTheStateIsGiven() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2024/constituencies/Aurangabad", 404);

    assertThat(problem.get("detail").asText()).contains("Bihar").contains("Maharashtra");
    assertThat(
            json("/api/v1/elections/ls-2024/constituencies/Aurangabad?state=mh")
                .get("state")
                .asText())
        .isEqualTo("Maharashtra");
  }

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> res = client.get(path);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return Json.mapper().readTree(res.body());
  }

  private static JsonNode problem(String path, int status) throws IOException {
    HttpResponse<String> res = client.get(path);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/problem+json");
    return Json.mapper().readTree(res.body());
  }
}
