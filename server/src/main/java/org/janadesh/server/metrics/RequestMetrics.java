package org.janadesh.server.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Counts every request by its matched route and status, and times it. */
public final class RequestMetrics implements Filter {
  private final Metrics metrics;

  public RequestMetrics(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    long start = System.nanoTime();
    try {
      chain.proceed();
    } finally {
      boolean stream =
          res.headers()
              .first(HeaderNames.CONTENT_TYPE)
              .map(t -> t.startsWith("text/event-stream"))
              .orElse(false);
      metrics.request(
          req.prologue().method().text(),
          req.matchingPattern().orElse("(no route)"),
          res.status().code(),
          System.nanoTime() - start,
          stream);
    }
  }
}
