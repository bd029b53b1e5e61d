package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A constituency page on the archive (issue 5, Tests). */
class ConstituencyPageTest extends BrowserTest {
  @Test
  void faizabad2024ShowsTheMargin54567() {
    page().navigate(url(Pages.constituency("ls-2024", "Faizabad")));

    // The margin is filled in once the API answers: wait for the attribute, not the placeholder.
    page().locator(Pages.MARGIN + "[data-margin]").waitFor();

    // Awadhesh Prasad (SP) over Lallu Singh (BJP): 554,289 − 499,722 votes.
    assertThat(page().locator(Pages.MARGIN).getAttribute("data-margin")).isEqualTo("54567");
    assertThat(page().locator(Pages.MARGIN).textContent()).contains("54,567");
  }
}
