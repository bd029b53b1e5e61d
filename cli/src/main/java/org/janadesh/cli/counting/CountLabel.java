package org.janadesh.cli.counting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.janadesh.server.live.CountLabels;
import org.janadesh.store.counting.CountSession;

/**
 * How every answer taken from a count names it. A test count (a replay, a synthetic day) must never
 * pass for the real one: a table starts with {@link #TEST_BANNER}, JSON carries {@code "test":
 * true}, and every CSV row has a {@code test} column.
 */
public final class CountLabel {
  /** The first line of every table taken from a test count. */
  public static final String TEST_BANNER = "TEST REPLAY — not a real result";

  private CountLabel() {}

  /** The banner (for a test) and the count's id and description, before a table. */
  public static void header(PrintWriter out, CountSession count) {
    if (count.isTest()) {
      out.println(TEST_BANNER);
    }
    out.println("Count " + count.id() + " (" + kind(count) + "): " + count.description());
  }

  /** {@code real} or {@code TEST}, as tables list counts. */
  public static String kind(CountSession count) {
    return count.isTest() ? "TEST" : "real";
  }

  /** The fields every JSON answer from a count starts with. */
  public static ObjectNode json(ObjectNode node, CountSession count) {
    return CountLabels.json(node, count);
  }
}
