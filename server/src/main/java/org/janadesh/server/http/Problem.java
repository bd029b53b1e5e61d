package org.janadesh.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import org.jspecify.annotations.Nullable;

/**
 * An error as RFC 9457 problem details. {@code rule} names the numbered rule that refused the
 * request (CNT-3, …) when there is one, so a desk can look it up in {@code docs/rules/}.
 */
public record Problem(int status, String title, String detail, @Nullable String rule) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(Status status, String detail) {
    return new Problem(status.code(), status.reasonPhrase(), detail, null);
  }

  public Problem withRule(String ruleId) {
    return new Problem(status, title, detail, ruleId);
  }

  public ObjectNode json() {
    ObjectNode node = Json.object();
    node.put("type", "about:blank");
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    if (rule != null) {
      node.put("rule", rule);
    }
    return node;
  }

  public void send(ServerResponse res) {
    res.status(Status.create(status));
    res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    Replies.sendBody(res, Json.bytes(json()));
  }
}
