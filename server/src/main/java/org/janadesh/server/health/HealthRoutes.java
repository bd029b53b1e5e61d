package org.janadesh.server.health;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.janadesh.server.Newsroom;
import org.janadesh.server.http.Json;
import org.janadesh.server.http.Replies;

/**
 * {@code GET /health}: 200 when the archive answers a query, 503 when it does not; either way with
 * the server's role, {@code writer} or {@code follower} (a read node, ADR 0012).
 */
public final class HealthRoutes implements HttpService {
  private final Newsroom newsroom;

  public HealthRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/health", this::health);
  }

  private void health(ServerRequest req, ServerResponse res) {
    var body = Json.object();
    try {
      int elections = newsroom.archive().elections().size();
      body.put("status", "UP");
      body.put("elections", elections);
      res.status(Status.OK_200);
    } catch (RuntimeException e) {
      body.put("status", "DOWN");
      body.put("detail", String.valueOf(e.getMessage()));
      res.status(Status.SERVICE_UNAVAILABLE_503);
    }
    body.put("role", newsroom.role());
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    Replies.sendBody(res, Json.bytes(body));
  }
}
