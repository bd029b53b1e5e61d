package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.janadesh.server.Newsroom;
import org.janadesh.server.ingest.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A test count open in the browser while events arrive (issue 5, Tests): the banner that keeps a
 * replay from passing for a result, and an event POSTed to the ingest API showing on the open page
 * within 1 s, without a reload.
 */
class LiveCountTest extends BrowserTest {
  private static final String UTTAR_PRADESH = "S24";
  private static final int FAIZABAD = 54;
  private static final String TOKEN = "browser-test-token-S24";

  private final Path db = Paths.get("target", "browser-tests", "live").toAbsolutePath();
  private String count = "";

  @Override
  protected Path archive() {
    Path copy = Archive.copyTo(db);
    // Andhra Pradesh (S01) counted; Uttar Pradesh not started, so Faizabad's first event is new.
    count = TestCount.replay(copy, "browser", "S01");
    return copy;
  }

  /**
   * The server takes {@link #TOKEN}, scoped to Uttar Pradesh ({@code S24}), from a tokens file
   * written under target/ for this run: tokens are configuration, never in the repo.
   */
  @Override
  protected Newsroom open(Path archive) {
    try {
      Path tokens = db.resolve("tokens");
      Files.writeString(tokens, "browser " + TOKEN + " " + UTTAR_PRADESH + "\n");
      return Newsroom.open(archive, Tokens.read(tokens));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTestCountCarriesTheTestReplayBanner() {
    page().navigate(url(Pages.dashboard(count)));

    assertThat(page().locator(Pages.TEST_BANNER).textContent())
        .contains("TEST REPLAY — not a real result");
  }

  @Test
  void anEventIngestedThroughTheApiShowsOnTheOpenPageWithinOneSecondWithoutAReload()
      throws Exception {
    String event = TestCount.firstEventOf(Archive.bundled(), UTTAR_PRADESH, FAIZABAD);
    page().navigate(url(Pages.dashboard(count)));
    page().locator(Pages.TICKER).waitFor();
    // The page records when Faizabad first appears in the ticker; a reload would drop the marker.
    page()
        .evaluate(
            """
            () => {
              window.stillTheSamePage = true;
              window.faizabadShownAt = null;
              const ticker = document.querySelector('#ticker');
              new MutationObserver(() => {
                if (window.faizabadShownAt === null && /faizabad/i.test(ticker.textContent)) {
                  window.faizabadShownAt = performance.now();
                }
              }).observe(ticker, {subtree: true, childList: true, characterData: true});
            }
            """);

    HttpResponse<String> ack = post(Pages.events(count), event);
    double ackedAt = ((Number) page().evaluate("() => performance.now()")).doubleValue();
    page()
        .waitForFunction(
            "() => window.faizabadShownAt !== null",
            null,
            new Page.WaitForFunctionOptions().setTimeout(5_000));
    double shownAt = ((Number) page().evaluate("() => window.faizabadShownAt")).doubleValue();

    // For people reading the run: the measured delay, beside the screenshots.
    Files.createDirectories(SCREENSHOTS);
    Files.writeString(
        SCREENSHOTS.resolve("LiveCountTest.delay.txt"),
        "POST acknowledged to Faizabad shown on the open page: "
            + Math.round(shownAt - ackedAt)
            + " ms (negative: shown before the acknowledgement reached the test)\n");
    assertThat(ack.statusCode()).isBetween(200, 299);
    assertThat(page().evaluate("() => window.stillTheSamePage")).isEqualTo(true);
    // Shown before the acknowledgement reached us counts as 0 ms.
    assertThat(Math.max(0, shownAt - ackedAt)).isLessThanOrEqualTo(1_000.0);
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
