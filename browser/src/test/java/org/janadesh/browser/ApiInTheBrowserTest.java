package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What runs today, before the pages exist: Chromium against the real in-process server. Proves the
 * fixture (server, browser, screenshots) and the way the page tests read the DOM.
 */
class ApiInTheBrowserTest extends BrowserTest {
  // A page a script builds from the API, the way the dashboard will: rows carrying data-*
  // attributes, read back with the same selectors the dashboard tests use.
  private static final String RENDER_ELECTIONS =
      """
      async () => {
        const answer = await fetch('/api/v1/elections');
        const list = (await answer.json()).elections;
        document.body.innerHTML =
          '<label for="q">Search</label> <input id="q" type="search">' +
          '<table><tbody>' +
          list.map(e => '<tr data-election="' + e.election + '"><th>' + e.election +
                 '</th><td data-seats>' + e.seats + '</td></tr>').join('') +
          '</tbody></table>';
        return answer.status;
      }
      """;

  @Test
  void chromiumOpensTheElectionsListTheServerAnswersAndItNamesLs2024() {
    Response response = Objects.requireNonNull(page().navigate(url("/api/v1/elections")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headerValue("content-type")).isEqualTo("application/json");
    assertThat(page().textContent("body")).contains("\"election\":\"ls-2024\"");
  }

  @Test
  void aScriptOnAServedPageReadsTheApiAndLs2024Has543Seats() {
    page().navigate(url("/health"));

    Object status = page().evaluate(RENDER_ELECTIONS);

    assertThat(status).isEqualTo(200);
    assertThat(page().locator("[data-election=\"ls-2024\"] [data-seats]").textContent())
        .isEqualTo("543");
    assertThat(page().locator("[data-election]").count()).isGreaterThan(10);
  }

  @Test
  void theSearchBoxOfARenderedPageIsReachedWithTheTabKeyAtPhoneWidth() {
    page().navigate(url("/health"));
    page().evaluate(RENDER_ELECTIONS);
    phoneWidth();

    assertThat(Keyboard.tabsTo(page(), "#q", 5)).isBetween(1, 5);
  }
}
