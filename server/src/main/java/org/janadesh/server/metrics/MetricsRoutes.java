package org.janadesh.server.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.janadesh.server.http.Replies;
import org.janadesh.server.live.LiveCount;
import org.janadesh.server.live.LiveCounts;

/** {@code GET /metrics}: {@link Metrics} as Prometheus text, never cached. */
public final class MetricsRoutes implements HttpService {
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Metrics metrics;
  private final LiveCounts counts;

  public MetricsRoutes(Metrics metrics, LiveCounts counts) {
    this.metrics = metrics;
    this.counts = counts;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/metrics", this::metrics);
  }

  private void metrics(ServerRequest req, ServerResponse res) {
    Map<String, Long> last = new TreeMap<>();
    for (LiveCount c : counts.opened()) {
      last.put(c.session().id().value(), c.desk().current().sequence());
    }
    res.header(HeaderNames.CONTENT_TYPE, CONTENT_TYPE);
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    Replies.sendBody(res, metrics.text(last).getBytes(StandardCharsets.UTF_8));
  }
}
