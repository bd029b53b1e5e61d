package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The party page's seats in every Lok Sabha, and the compare page's change, on the archive. */
class PartyAndComparePagesTest extends BrowserTest {
  @Test
  void theCongressPageShowsItsLowest44In2014AndTheBjpPageIts2In1984() {
    page().navigate(url("/party.html?election=ls-2024&party=INC"));
    page().locator("[data-year=\"2014\"]").waitFor();

    assertThat(page().locator("[data-year=\"2014\"] td").textContent()).isEqualTo("44");
    assertThat(page().locator("[data-year=\"2024\"] td").textContent()).isEqualTo("99");

    page().navigate(url("/party.html?election=ls-2024&party=BJP"));
    page().locator("[data-year=\"1984\"]").waitFor();

    assertThat(page().locator("[data-year=\"1984\"] td").textContent()).isEqualTo("2");
  }

  @Test
  void theComparePageShowsCpimGainingOneSeatFrom2019To2024() {
    page().navigate(url("/compare.html?from=ls-2019&to=ls-2024&party=" + Pages.encoded("CPI(M)")));
    page().locator("[data-party=\"CPI(M)\"][data-change]").first().waitFor();

    assertThat(
            page()
                .locator("[data-party=\"CPI(M)\"][data-change]")
                .first()
                .getAttribute("data-change"))
        .isEqualTo("1");
  }

  @Test
  void theFaizabadPageReadsAtPhoneWidth() {
    phoneWidth();
    page().navigate(url(Pages.constituency("ls-2024", "Faizabad")));
    page().locator(Pages.MARGIN + "[data-margin]").waitFor();

    Object overflow =
        page().evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    assertThat(page().locator(Pages.MARGIN).isVisible()).isTrue();
  }
}
