package org.janadesh.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import org.janadesh.server.ApiServer;
import org.janadesh.server.Newsroom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * The fixture of every browser test: one in-process server on a free port over an archive (the
 * bundled data, imported once per JVM), one Chromium per class, a fresh context and page per test
 * at desktop size, and a full-page screenshot of that page after every test, passed or failed, in
 * {@code target/screenshots/<Class>.<test>.png} for people to look at.
 *
 * <p>A class that needs a different archive (a test count) or server overrides {@link #archive()}
 * {@link #open(Path)} or {@link #start(Newsroom)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  static final int DESKTOP_WIDTH = 1280;
  static final int DESKTOP_HEIGHT = 900;

  private @Nullable Newsroom newsroom;
  private @Nullable ApiServer server;
  private @Nullable Playwright playwright;
  private @Nullable Browser browser;
  private @Nullable BrowserContext context;
  private @Nullable Page page;

  /** The archive file the server reads. Default: the shared bundled import (read-only). */
  protected Path archive() {
    return Archive.bundled();
  }

  /** Opens what the server reads. Default: the archive without ingest tokens. */
  protected Newsroom open(Path archive) {
    return Newsroom.open(archive);
  }

  /** Starts the server on {@code newsroom}. Default: loopback, a free port. */
  protected ApiServer start(Newsroom newsroom) {
    return ApiServer.start(newsroom, "127.0.0.1", 0);
  }

  @BeforeAll
  final void openDesk() {
    // Chromium first: without it nothing else is worth starting, and the message says why.
    Chromium.locate(Chromium.DEBIAN);
    newsroom = open(archive());
    server = start(newsroom);
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  final void closeDesk() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
    if (newsroom != null) {
      newsroom.close();
    }
  }

  @BeforeEach
  final void openPage() {
    context =
        Objects.requireNonNull(browser)
            .newContext(
                new Browser.NewContextOptions().setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT));
    page = context.newPage();
  }

  @AfterEach
  final void screenshotAndClose(TestInfo test) {
    try {
      Files.createDirectories(SCREENSHOTS);
      page().screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotOf(test)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Objects.requireNonNull(context).close();
    }
  }

  /** {@code target/screenshots/DashboardTest.showsTheFinalTally.png}. */
  static Path screenshotOf(TestInfo test) {
    String method = test.getTestMethod().map(m -> m.getName()).orElse(test.getDisplayName());
    String cls = test.getTestClass().map(Class::getSimpleName).orElse("browser");
    return SCREENSHOTS.resolve(cls + "." + method + ".png");
  }

  protected Page page() {
    return Objects.requireNonNull(page, "no page: used outside a test");
  }

  protected Newsroom newsroom() {
    return Objects.requireNonNull(newsroom);
  }

  /** {@code http://127.0.0.1:PORT} + {@code path}. */
  protected String url(String path) {
    return "http://127.0.0.1:" + Objects.requireNonNull(server).port() + path;
  }

  protected int port() {
    return Objects.requireNonNull(server).port();
  }

  /** Resizes the open page to a phone's viewport (390 × 844, an iPhone 12–15). */
  protected void phoneWidth() {
    page().setViewportSize(390, 844);
  }
}
