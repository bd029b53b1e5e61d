package org.janadesh.server.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/elections/{id}/tally} over the bundled archive: the official 2024 numbers. */
class TallyApiTest {
  private static final Client client = BundledServer.client();

  @Test
  void nationalTallyOf2024GivesBjp240AndInc99OutOf543() throws IOException {
    JsonNode tally = json("/api/v1/elections/ls-2024/tally");

    assertThat(tally.get("scope").asText()).isEqualTo("India");
    assertThat(tally.get("seats").asInt()).isEqualTo(543);
    assertThat(tally.get("total_votes").asLong()).isEqualTo(645_363_445L);
    assertThat(row(tally.get("parties"), "party", "BJP").get("won").asInt()).isEqualTo(240);
    assertThat(row(tally.get("parties"), "party", "INC").get("won").asInt()).isEqualTo(99);
  }

  @Test
  void byAllianceNdaHas293PastTheMajorityMarkAndIndia234() throws IOException {
    JsonNode tally = json("/api/v1/elections/ls-2024/tally?by=alliance");

    assertThat(tally.get("by").asText()).isEqualTo("alliance");
    assertThat(tally.get("majority_mark").asInt()).isEqualTo(272);
    JsonNode nda = row(tally.get("rows"), "subject", "NDA");
    assertThat(nda.get("won").asInt()).isEqualTo(293);
    assertThat(nda.get("majority").asBoolean()).isTrue();
    assertThat(row(tally.get("rows"), "subject", "INDIA").get("won").asInt()).isEqualTo(234);
  }

  @Test
  void all8ByAllianceIndiaIs38ShortOf272AndNdaIsNotShortAndOthersAreNoBloc() throws IOException {
    JsonNode rows = json("/api/v1/elections/ls-2024/tally?by=alliance").get("rows");

    assertThat(row(rows, "subject", "NDA").get("short_of_majority").asInt()).isZero();
    assertThat(row(rows, "subject", "INDIA").get("short_of_majority").asInt()).isEqualTo(38);
    assertThat(row(rows, "subject", "Others").get("short_of_majority").isNull()).isTrue();
    assertThat(json("/api/v1/elections/ls-2024/tally?by=alliance").get("undecided").asInt())
        .isZero();
    JsonNode bjp =
        row(json("/api/v1/elections/ls-2024/tally?by=party").get("rows"), "subject", "BJP");
    assertThat(bjp.get("short_of_majority").asInt()).isEqualTo(32);
  }

  @Test
  void keralaTallyNamedAnyWayGivesInc14AndCpim1OfTwentySeats() throws IOException {
    JsonNode byName = json("/api/v1/elections/ls-2024/tally?state=Kerala");
    JsonNode byCode = json("/api/v1/elections/ls-2024/tally?state=kl");

    assertThat(byName.get("scope").asText()).isEqualTo("Kerala");
    assertThat(byName.get("seats").asInt()).isEqualTo(20);
    assertThat(byName.get("total_votes").asLong()).isEqualTo(19_980_436L);
    assertThat(row(byName.get("parties"), "party", "INC").get("won").asInt()).isEqualTo(14);
    assertThat(row(byName.get("parties"), "party", "CPI(M)").get("won").asInt()).isEqualTo(1);
    assertThat(byCode).isEqualTo(byName);
  }

  @Test
  void keralaByAllianceCountsUdf18AndListsItsSlate() throws IOException {
    JsonNode tally = json("/api/v1/elections/ls-2024/tally?by=alliance&state=Kerala");

    JsonNode udf = row(tally.get("rows"), "subject", "UDF");
    assertThat(udf.get("won").asInt()).isEqualTo(18);
    assertThat(udf.get("members").toString()).isEqualTo("[\"INC\",\"IUML\",\"KEC\",\"RSP\"]");
  }

  @Test
  void aBlocOfTheLeftInAnySpellingIsCountedAsOne() throws IOException {
    JsonNode tally = json("/api/v1/elections/ls-2024/tally?bloc=CPIM,CPI");

    JsonNode bloc = tally.get("rows").get(0);
    assertThat(tally.get("by").asText()).isEqualTo("bloc");
    assertThat(bloc.get("subject").asText()).isEqualTo("CPI(M)+CPI");
    assertThat(bloc.get("won").asInt()).isEqualTo(6);
  }

  @Test
  void answersNotModifiedToItsOwnETagWithFinalCaching() {
    HttpResponse<String> first = client.get("/api/v1/elections/ls-2024/tally?state=Kerala");
    String etag = first.headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        client.send(
            client
                .request("/api/v1/elections/ls-2024/tally?state=S11")
                .header("If-None-Match", etag)
                .build());

    assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void anUnknownElectionIs404SuggestingNearIds() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2029/tally", 404);

    assertThat(problem.get("detail").asText())
        .contains("no election 'ls-2029'")
        .contains("did you mean: ls-2009, ls-2019, ls-2024?");
  }

  @Test
  void anUnknownStateIs404SuggestingTheNearestName() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2024/tally?state=Kerela", 404);

    assertThat(problem.get("detail").asText())
        .isEqualTo("unknown state or union territory 'Kerela' in 2024; did you mean: Kerala?");
  }

  @Test
  void anUnknownPartyInABlocIs400UnderRuleAll5WithSuggestions() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2024/tally?bloc=CPl(MLL),CPI", 400);

    assertThat(problem.get("rule").asText()).isEqualTo("ALL-5");
    assertThat(problem.get("detail").asText())
        .contains("ALL-5: unknown party 'CPl(MLL)' in bloc; did you mean: CPI(ML)L");
  }

  @Test
  void aBadByOrAMisspeltParameterIs400RatherThanAWrongAnswer() throws IOException {
    assertThat(problem("/api/v1/elections/ls-2024/tally?by=state", 400).get("detail").asText())
        .isEqualTo("by must be party or alliance, not 'state'");
    assertThat(problem("/api/v1/elections/ls-2024/tally?sate=Kerala", 400).get("detail").asText())
        .startsWith("unknown parameter sate");
    assertThat(problem("/api/v1/elections/LS%202024/tally", 400).get("status").asInt())
        .isEqualTo(400);
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

  static JsonNode row(JsonNode rows, String field, String value) {
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> r.get(field).asText().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + field + " = " + value));
  }
}
