package org.janadesh.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, never a browser Playwright downloads itself: CI machines
 * install the {@code chromium} package ({@code .ci/run} does), and a missing one is a failure with
 * the fix in its message, not a silently skipped suite.
 */
final class Chromium {
  /** Where Debian's {@code chromium} package puts its launcher. */
  static final Path DEBIAN = Paths.get("/usr/bin/chromium");

  // Without the background-networking flags Chromium dials out (updates, sync, safe browsing)
  // and a sandboxed network refuses it; --no-sandbox because CI runs as root.
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-default-apps",
          "--no-first-run");

  private Chromium() {}

  /** The executable at {@code path}, or a failure that says how to install it. */
  static Path locate(Path path) {
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "browser tests need Chromium at "
              + path
              + " and it is missing: install it with `apt-get install -y chromium`"
              + " (.ci/run does this on CI)");
    }
    return path;
  }

  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(locate(DEBIAN))
                .setHeadless(true)
                .setArgs(FLAGS));
  }
}
