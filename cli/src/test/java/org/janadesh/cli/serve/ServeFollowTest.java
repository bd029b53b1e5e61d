package org.janadesh.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.server.ingest.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code janadesh serve --follow}: the options pick a read node (ADR 0012). */
class ServeFollowTest {
  @TempDir Path dir;

  private static ServeCommand parsed(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve;
  }

  @Test
  void serveFollowStartsAReadNodeWhoseHealthSaysFollower() throws Exception {
    Path db = dir.resolve("janadesh.db");
    try (Serving serving =
        Serving.start(
            parsed("--follow", "--poll-ms", "20").newsroom(db, Tokens.none()), "127.0.0.1", 0)) {
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(serving.url() + "health")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(serving.newsroom().role()).isEqualTo("follower");
      assertThat(health.body()).contains("\"role\":\"follower\"");
    }
  }

  @Test
  void plainServeIsTheWriter() {
    Path db = dir.resolve("janadesh.db");
    try (var newsroom = parsed().newsroom(db, Tokens.none())) {
      assertThat(newsroom.role()).isEqualTo("writer");
    }
  }

  @Test
  void aPollIntervalBelowOneMillisecondIsAUsageError() {
    Path db = dir.resolve("janadesh.db");
    assertThatThrownBy(() -> parsed("--follow", "--poll-ms", "0").newsroom(db, Tokens.none()))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("--poll-ms must be 1 or more")
        .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(ExitCodes.USAGE));
  }
}
