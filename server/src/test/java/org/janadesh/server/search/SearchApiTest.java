package org.janadesh.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

/** The dashboard's search box on the bundled archive, with the misspellings people type. */
class SearchApiTest {
  private static final Client client = BundledServer.client();

  private static List<JsonNode> results(String q) throws IOException {
    return results(q, "");
  }

  private static List<JsonNode> results(String q, String more) throws IOException {
    HttpResponse<String> res =
        client.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
    assertThat(res.statusCode()).as(q + ": " + res.body()).isEqualTo(200);
    JsonNode body = Json.mapper().readTree(res.body());
    assertThat(body.get("query").asText()).isEqualTo(q);
    List<JsonNode> out = new ArrayList<>();
    body.get("results").forEach(out::add);
    return out;
  }

  private static String first(String q, String field) throws IOException {
    List<JsonNode> found = results(q);
    assertThat(found).as(q).isNotEmpty();
    return found.get(0).get(field).asText();
  }

  @Test
  void faizabadMisspeltOrByItsOtherNameOpensTheConstituencyPage() throws IOException {
    for (String q : List.of("Faizbad", "Ayodhya", "faizabad")) {
      JsonNode top = results(q).get(0);
      assertThat(top.get("kind").asText()).as(q).isEqualTo("constituency");
      assertThat(top.get("label").asText()).as(q).isEqualTo("FAIZABAD");
      assertThat(top.get("url").asText())
          .as(q)
          .isEqualTo("/constituency.html?election=ls-2024&seat=FAIZABAD");
      assertThat(top.get("detail").asText()).contains("Uttar Pradesh").contains("AWADHESH PRASAD");
    }
  }

  @Test
  void kolamFindsKollam() throws IOException {
    assertThat(first("Kolam", "label")).isEqualTo("KOLLAM");
  }

  @Test
  void congresMisspeltFindsTheIndianNationalCongressFirst() throws IOException {
    JsonNode top = results("congres").get(0);

    assertThat(top.get("kind").asText()).isEqualTo("party");
    assertThat(top.get("label").asText()).isEqualTo("Indian National Congress");
    assertThat(top.get("url").asText()).isEqualTo("/party.html?party=INC");
  }

  @Test
  void partiesAnswerToAbbreviationNameAndRegistryAlias() throws IOException {
    assertThat(first("Trinamool", "url")).isEqualTo("/party.html?party=AITC");
    assertThat(first("BJP", "url")).isEqualTo("/party.html?party=BJP");
    assertThat(first("INC", "url")).isEqualTo("/party.html?party=INC");
    assertThat(first("Indian National Congress", "url")).isEqualTo("/party.html?party=INC");
    assertThat(first("cpim", "url")).isEqualTo("/party.html?party=CPI%28M%29");
  }

  @Test
  void candidatesOfTheChosenElectionAreFoundByAnyPartOfTheirName() throws IOException {
    JsonNode top = results("Premachandran").get(0);
    assertThat(top.get("kind").asText()).isEqualTo("candidate");
    assertThat(top.get("label").asText()).contains("PREMACHANDRAN");
    assertThat(top.get("detail").asText()).contains("KOLLAM").contains("won");
    assertThat(top.get("url").asText()).contains("seat=KOLLAM");

    JsonNode in2019 = results("Lallu Singh", "&election=ls-2019").get(0);
    assertThat(in2019.get("detail").asText()).containsIgnoringCase("FAIZABAD").contains("won");
    assertThat(in2019.get("url").asText()).contains("election=ls-2019");
  }

  @Test
  void exactBeatsPrefixBeatsNearMisses() throws IOException {
    List<JsonNode> found = results("Kollam");

    assertThat(found.get(0).get("label").asText()).isEqualTo("KOLLAM");
    assertThat(found.get(0).get("kind").asText()).isEqualTo("constituency");
    assertThat(found).hasSizeLessThanOrEqualTo(SearchIndex.MAX_RESULTS);
  }

  @Test
  void aSharedNameCarriesItsStateAndAStateNarrowsTheSearch() throws IOException {
    List<JsonNode> both =
        results("Aurangabad").stream()
            .filter(r -> r.get("kind").asText().equals("constituency"))
            .toList();
    assertThat(both).hasSize(2);
    assertThat(both).extracting(r -> r.get("url").asText()).allMatch(u -> u.contains("&state="));

    List<JsonNode> bihar = results("Aurangabad BR");
    assertThat(bihar).isNotEmpty();
    assertThat(bihar).allMatch(r -> r.get("detail").asText().contains("Bihar"));
  }

  @Test
  void answersNotModifiedToItsOwnETag() {
    String path = "/api/v1/search?q=Faizabad";
    String etag = client.get(path).headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        client.send(client.request(path).header("If-None-Match", etag).build());

    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void anEmptyQueryIsABadRequestAndAnUnknownElectionIsNotFound() {
    HttpResponse<String> empty = client.get("/api/v1/search?q=");
    HttpResponse<String> unknown = client.get("/api/v1/search?q=Faizabad&election=ls-2025");

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void nonsenseFindsNothing() throws IOException {
    assertThat(results("Qwxzvbnm")).isEmpty();
  }
}
