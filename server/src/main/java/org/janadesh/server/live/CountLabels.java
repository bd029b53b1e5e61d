package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.janadesh.store.counting.CountSession;

/**
 * The fields every JSON answer taken from a count starts with, so a test count (a replay, a
 * synthetic day) can never pass for the real one: {@code "test": true} on each of them. Shared by
 * the CLI's {@code CountLabel} and every live route.
 */
public final class CountLabels {
  private CountLabels() {}

  public static ObjectNode json(ObjectNode node, CountSession count) {
    node.put("election", count.election().value());
    node.put("count", count.id().value());
    node.put("test", count.isTest());
    node.put("description", count.description());
    return node;
  }
}
