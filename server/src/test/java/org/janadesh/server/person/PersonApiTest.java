package org.janadesh.server.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.janadesh.server.Approved;
import org.janadesh.server.BundledServer;
import org.janadesh.server.Client;
import org.janadesh.server.http.Json;
import org.junit.jupiter.api.Test;

/**
 * {@code /persons} and a seat's {@code /holders} on the bundled archive, which {@code Archive}
 * imports without person links: the server links them itself on first use (PER-4).
 */
class PersonApiTest {
  private static final Client client = BundledServer.client();

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> res = client.get(path);
    assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
    return Json.mapper().readTree(res.body());
  }

  private static JsonNode problem(String path, int status) throws IOException {
    HttpResponse<String> res = client.get(path);
    assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(status);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/problem+json");
    return Json.mapper().readTree(res.body());
  }

  @Test
  void premachandranWonKollamThreeTimesInARow() throws IOException {
    JsonNode career = json("/api/v1/persons?name=Premachandran");

    assertThat(career.get("person_id").asText()).isEqualTo("S11-1996-PREMACHANDRAN-KN");
    assertThat(career.get("wins").asInt()).isEqualTo(5);
    assertThat(career.get("current_streak").get("constituency").asText()).isEqualTo("KOLLAM");
    assertThat(career.get("current_streak").get("wins").asInt()).isEqualTo(3);
  }

  @Test
  void faizabadsHolderLalluSinghWonIn2014AndLostIn2024() throws IOException {
    JsonNode seat = json("/api/v1/elections/ls-2024/constituencies/Ayodhya/holders");

    assertThat(seat.get("constituency").asText()).isEqualTo("FAIZABAD");
    assertThat(seat.get("sitting_member").get("status").asText()).isEqualTo("lost");
    JsonNode member = seat.get("sitting_member").get("members").get(0);
    assertThat(member.get("name").asText()).isEqualTo("LALLU SINGH");
    assertThat(member.get("party").asText()).isEqualTo("BJP");
    JsonNode holders = seat.get("holders");
    JsonNode in2014 = holders.get(holders.size() - 3);
    assertThat(in2014.get("election").asText()).isEqualTo("ls-2014");
    assertThat(in2014.get("member").asText()).isEqualTo("LALLU SINGH");
    assertThat(holders.get(holders.size() - 2).get("member").asText()).isEqualTo("LALLU SINGH");
    assertThat(holders.get(holders.size() - 1).get("member").asText()).isEqualTo("AWADHESH PRASAD");
  }

  @Test
  void theAnswersAreTheCliJsonContractsExactly() throws IOException {
    assertThat(json("/api/v1/persons?name=N%20K%20Premachandran"))
        .isEqualTo(Approved.json("person-premachandran.json"));
    assertThat(json("/api/v1/elections/ls-2024/constituencies/Faizabad/holders"))
        .isEqualTo(Approved.json("seat-ls-2024-faizabad.json"));
  }

  @Test
  void aSeatByNumberNeedsItsStateAndGetsItFromTheQuery() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2024/constituencies/1/holders", 404);
    assertThat(problem.get("detail").asText()).contains("more than one").contains("?state=");

    assertThat(
            json("/api/v1/elections/ls-2024/constituencies/54/holders?state=UP")
                .get("constituency")
                .asText())
        .isEqualTo("FAIZABAD");
  }

  @Test
  void answersNotModifiedToItsOwnETag() {
    String path = "/api/v1/persons?name=Premachandran";
    String etag = client.get(path).headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        client.send(client.request(path).header("If-None-Match", etag).build());

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void aMisspeltPersonIsNotFoundWithSuggestions() throws IOException {
    JsonNode problem = problem("/api/v1/persons?name=Premachandren", 404);

    assertThat(problem.get("detail").asText()).contains("did you mean: N.K.PREMACHANDRAN");
  }

  @Test
  void anAmbiguousPersonListsTheNamesakes() throws IOException {
    JsonNode problem = problem("/api/v1/persons?name=Selvaraj&state=Tamil%20Nadu", 400);

    assertThat(problem.get("detail").asText())
        .contains("SELVARAJ V [S22-2024-SELVARAJ-V]")
        .contains("SELVARAJ M");
  }

  @Test
  void aMisspeltSeatIsNotFoundWithSuggestions() throws IOException {
    JsonNode problem = problem("/api/v1/elections/ls-2024/constituencies/Faizbad/holders", 404);

    assertThat(problem.get("detail").asText()).contains("did you mean: FAIZABAD");
  }

  @Test
  void anUnknownElectionOrAMissingNameIsAProblem() throws IOException {
    problem("/api/v1/elections/ls-2025/constituencies/Faizabad/holders", 404);
    problem("/api/v1/persons", 400);
  }
}
