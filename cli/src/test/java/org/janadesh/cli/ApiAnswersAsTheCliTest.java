package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.janadesh.server.ApiServer;
import org.janadesh.server.Newsroom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same question asked of {@code janadesh … --format json} and of the HTTP API over the same
 * archive gets the same JSON document: the two faces share one builder and one counting path.
 */
class ApiAnswersAsTheCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path home;

  private static Path db = Path.of("");
  private static Newsroom newsroom;
  private static ApiServer server;

  @BeforeAll
  static void importAndServe() {
    db = home.resolve("janadesh.db");
    assertThat(Run.janadesh(db, "import", "--bundled").exitCode()).isZero();
    newsroom = Newsroom.open(db);
    server = ApiServer.start(newsroom, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    newsroom.close();
  }

  @ParameterizedTest(name = "{0} = GET {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tally ls-2024 | /elections/ls-2024/tally",
        "tally ls-2024 --state Kerala | /elections/ls-2024/tally?state=Kerala",
        "tally ls-2024 --by alliance | /elections/ls-2024/tally?by=alliance",
        "tally ls-2024 --by alliance --state wb | /elections/ls-2024/tally?by=alliance&state=wb",
        "tally ls-2024 --bloc Left | /elections/ls-2024/tally?bloc=Left",
        "tally ae-kl-2021 --by party | /elections/ae-kl-2021/tally?by=party",
        "constituency ls-2024 Faizabad | /elections/ls-2024/constituencies/Faizabad",
        "compare ls-2024 ls-2019 --party CPIM | /compare?from=ls-2019&to=ls-2024&party=CPIM",
        "compare ls-2024 ls-2019 --by alliance | /compare?from=ls-2019&to=ls-2024&by=alliance",
      })
  void theApiAnswersWhatTheCliPrints(String command, String path) throws Exception {
    Run run = Run.janadesh(db, (command.trim() + " --format json").split(" "));
    assertThat(run.exitCode()).as(run.err()).isZero();
    HttpResponse<String> res =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1" + path.trim()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);

    JsonNode api = JSON.readTree(res.body());
    if (command.startsWith("constituency")) {
      // The API adds the same seat's previous result; everything else is the CLI's document.
      assertThat(api.has("previous")).isTrue();
      ((ObjectNode) api).remove("previous");
    }
    assertThat(api).isEqualTo(JSON.readTree(run.out()));
  }
}
