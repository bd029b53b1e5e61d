package org.janadesh.browser;

import com.microsoft.playwright.Page;

/** Keyboard-only use of a page: what a reader without a mouse can reach. */
final class Keyboard {
  private Keyboard() {}

  /**
   * Presses Tab from the top of the page until the element matching {@code selector} has the focus;
   * returns how many presses that took, or -1 when {@code maxPresses} did not reach it.
   */
  static int tabsTo(Page page, String selector, int maxPresses) {
    page.evaluate("() => { if (document.activeElement) document.activeElement.blur(); }");
    for (int presses = 1; presses <= maxPresses; presses++) {
      page.keyboard().press("Tab");
      Object focused =
          page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
      if (Boolean.TRUE.equals(focused)) {
        return presses;
      }
    }
    return -1;
  }
}
