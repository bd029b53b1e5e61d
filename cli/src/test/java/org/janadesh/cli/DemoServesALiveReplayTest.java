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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code janadesh demo} with its server: the snapshots replayed into the TEST count ls-2024#demo,
 * and the API's status of that count, without its {@code votes}, equal to {@code janadesh status
 * --format json}.
 */
class DemoServesALiveReplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;

  private static Path db = Path.of("");
  private static Run demo = new Run(-1, "", "");

  @BeforeAll
  static void runTheDemoUntilTheReplayIsDone() {
    db = home.resolve("janadesh.db");
    demo = Run.janadesh(db, "demo", "--port", "0", "--speed", "max", "--exit-after-replay");
  }

  @Test
  void theDemoServesAndReplaysEverySnapshotUpdateIntoATestCount() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("Lok Sabha 2024 - India: 543 seats")
        .contains("Janadesh is serving")
        .contains("TEST REPLAY — not a real result: 6924 snapshot updates into ls-2024#demo")
        .contains("Sent 6,924: accepted 6,924, duplicates 0")
        .contains("Last sequence 6,924");
  }

  @Test
  void aSecondDemoRunResumesAndSendsNothingAgain() {
    Run again = Run.janadesh(db, "demo", "--port", "0", "--speed", "max", "--exit-after-replay");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("0 snapshot updates into ls-2024#demo at max (6924 already in)");
  }

  @Test
  void theApiStatusOfTheReplayEqualsTheCliStatusPlusVotes() throws Exception {
    try (Newsroom newsroom = Newsroom.open(db);
        ApiServer server = ApiServer.start(newsroom, "127.0.0.1", 0)) {
      for (String[] q :
          new String[][] {
            {"", "--by", "party"},
            {"?by=alliance&state=S24", "--by", "alliance", "--state", "S24"},
            {"?seq=3000&state=kerala", "--seq", "3000", "--state", "kerala"}
          }) {
        HttpResponse<String> res =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:"
                                    + server.port()
                                    + "/api/v1/elections/ls-2024%23demo/status"
                                    + q[0]))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        String[] args = new String[q.length + 3];
        args[0] = "status";
        args[1] = "ls-2024#demo";
        System.arraycopy(q, 1, args, 2, q.length - 1);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        Run cli = Run.janadesh(db, args);

        ObjectNode api = (ObjectNode) JSON.readTree(res.body());
        JsonNode votes = api.remove("votes");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(api).as(q[0]).isEqualTo(JSON.readTree(cli.out()));
        assertThat(api.get("test").asBoolean()).isTrue();
        assertThat(votes.get("counted").asLong()).isPositive();
      }
    }
  }
}
