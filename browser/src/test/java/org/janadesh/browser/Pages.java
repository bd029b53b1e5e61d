package org.janadesh.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the web pages live and how a test reads them: the only file to change when a page moves or
 * a selector is renamed. The selectors are the contract with the pages (branch {@code web}): party
 * and alliance rows carry {@code data-party} / {@code data-alliance} with {@code data-won} and
 * {@code data-total} cells; {@code #majority}, {@code #last-updated}, {@code #ticker}, {@code
 * #test-banner}, {@code #margin}; the search box is an {@code input[type=search]}.
 */
final class Pages {
  static final String SEARCH_BOX = "input[type=search]";
  static final String TEST_BANNER = "#test-banner";
  static final String TICKER = "#ticker";
  static final String LAST_UPDATED = "#last-updated";
  static final String MARGIN = "#margin";
  static final String MAJORITY = "#majority";

  private Pages() {}

  /** The national dashboard for an election or a count ({@code ls-2024}, {@code ls-2024#demo}). */
  static String dashboard(String count) {
    return "/?" + subject(count);
  }

  /** One constituency's page, the seat named as {@code Seats.find} takes it. */
  static String constituency(String count, String seat) {
    return "/constituency.html?" + subject(count) + "&seat=" + encoded(seat);
  }

  /** One state's page ({@code S24}: code, abbreviation or name). */
  static String state(String count, String state) {
    return "/state.html?" + subject(count) + "&state=" + encoded(state);
  }

  /** A seat's row in a state page's table of constituencies ({@code S24/1}). */
  static String seatRow(String state, int number) {
    return "tr[data-seat=\"" + state + "/" + number + "\"]";
  }

  /** A finished election is {@code election=}; a count (real or test, live) is {@code count=}. */
  private static String subject(String id) {
    return (id.contains("#") ? "count=" : "election=") + encoded(id);
  }

  static String partyWon(String party) {
    return "[data-party=\"" + party + "\"] [data-won]";
  }

  static String partyTotal(String party) {
    return "[data-party=\"" + party + "\"] [data-total]";
  }

  static String allianceWon(String alliance) {
    return "[data-alliance=\"" + alliance + "\"] [data-won]";
  }

  /** The API's path for a count's events (ingest by POST, SSE by GET). */
  static String events(String count) {
    return "/api/v1/elections/" + encoded(count) + "/events";
  }

  /** The API's live status of a count. */
  static String status(String count) {
    return "/api/v1/elections/" + encoded(count) + "/status";
  }

  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
