package org.janadesh.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/compare} over the bundled data. */
class CompareApiTest {
  private static final Client client = BundledServer.client();

  @Test
  void cpimWentFromThreeSeatsIn2019ToFourIn2024() throws IOException {
    JsonNode cmp = json("/api/v1/compare?from=ls-2019&to=ls-2024&party=CPIM");

    assertThat(cmp.get("current").asText()).isEqualTo("ls-2024");
    assertThat(cmp.get("previous").asText()).isEqualTo("ls-2019");
    assertThat(cmp.get("rows").size()).isEqualTo(1);
    JsonNode cpim = cmp.get("rows").get(0);
    assertThat(cpim.get("party").asText()).isEqualTo("CPI(M)");
    assertThat(cpim.get("seats_previous").asInt()).isEqualTo(3);
    assertThat(cpim.get("seats_current").asInt()).isEqualTo(4);
    assertThat(cpim.get("change").asInt()).isEqualTo(1);
  }

  @Test
  void withoutAFocusEveryPartyIsCompared() throws IOException {
    JsonNode cmp = json("/api/v1/compare?from=ls-2019&to=ls-2024");

    JsonNode bjp = cmp.get("rows").get(0);
    assertThat(bjp.get("party").asText()).isEqualTo("BJP");
    assertThat(bjp.get("seats_previous").asInt()).isEqualTo(303);
    assertThat(bjp.get("seats_current").asInt()).isEqualTo(240);
  }

  @Test
  void partyAndBlocTogetherOrAMissingElectionAre400() throws IOException {
    assertThat(
            problem("/api/v1/compare?from=ls-2019&to=ls-2024&party=BJP&bloc=Left", 400)
                .get("detail")
                .asText())
        .isEqualTo("give party or bloc, not both");
    assertThat(problem("/api/v1/compare?to=ls-2024", 400).get("detail").asText())
        .isEqualTo("parameter 'from' is required");
    assertThat(problem("/api/v1/compare?from=ls-2019&to=ls-2025", 404).get("detail").asText())
        .contains("no election 'ls-2025'");
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
