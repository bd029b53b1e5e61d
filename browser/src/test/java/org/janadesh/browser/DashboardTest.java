package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The national dashboard on the archive's final 2024 result (issue 5, Tests). */
class DashboardTest extends BrowserTest {
  private static final String LS_2024 = "ls-2024";

  @Test
  void showsThe2024FinalSeatsBjp240Inc99Nda293India234() {
    page().navigate(url(Pages.dashboard(LS_2024)));

    assertThat(page().locator(Pages.partyWon("BJP")).textContent()).isEqualTo("240");
    assertThat(page().locator(Pages.partyWon("INC")).textContent()).isEqualTo("99");
    assertThat(page().locator(Pages.allianceWon("NDA")).textContent()).isEqualTo("293");
    assertThat(page().locator(Pages.allianceWon("INDIA")).textContent()).isEqualTo("234");
    // The page ships "Majority: 272 of 543 seats" before any data: wait for the sentence that
    // only the tally can write.
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
            page().locator(Pages.MAJORITY))
        .containsText("NDA won 293");
    assertThat(page().locator(Pages.MAJORITY).getAttribute("data-majority")).isEqualTo("272");
  }

  @Test
  void aFinishedElectionCarriesNoTestBanner() {
    page().navigate(url(Pages.dashboard(LS_2024)));
    page().locator(Pages.partyWon("BJP")).waitFor();

    assertThat(page().locator(Pages.TEST_BANNER).isVisible()).isFalse();
  }

  @Test
  void fitsAPhoneWidthWithoutSidewaysScrolling() {
    phoneWidth();
    page().navigate(url(Pages.dashboard(LS_2024)));
    page().locator(Pages.partyWon("BJP")).waitFor();

    Object overflow =
        page().evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    assertThat(page().locator(Pages.partyWon("BJP")).isVisible()).isTrue();
  }

  @Test
  void theSearchBoxIsReachedWithTheTabKey() {
    page().navigate(url(Pages.dashboard(LS_2024)));
    page().locator(Pages.SEARCH_BOX).waitFor();

    assertThat(Keyboard.tabsTo(page(), Pages.SEARCH_BOX, 10)).isBetween(1, 10);
  }
}
