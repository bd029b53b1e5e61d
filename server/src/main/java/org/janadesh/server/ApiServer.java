package org.janadesh.server;

import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.janadesh.server.comparison.CompareRoutes;
import org.janadesh.server.constituency.ConstituencyRoutes;
import org.janadesh.server.elections.ElectionRoutes;
import org.janadesh.server.health.HealthRoutes;
import org.janadesh.server.history.HistoryRoutes;
import org.janadesh.server.http.ConnectionClose;
import org.janadesh.server.http.HeadRequests;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.ingest.IngestRoutes;
import org.janadesh.server.live.EventRoutes;
import org.janadesh.server.live.LiveRoutes;
import org.janadesh.server.metrics.MetricsRoutes;
import org.janadesh.server.metrics.RequestMetrics;
import org.janadesh.server.openapi.OpenApiRoutes;
import org.janadesh.server.person.PersonRoutes;
import org.janadesh.server.search.SearchRoutes;
import org.janadesh.server.tally.TallyRoutes;
import org.janadesh.server.web.WebRoutes;

/**
 * The Janadesh web server on Helidon SE (virtual threads, one per request). Feature packages
 * contribute their routes here; nothing else knows about Helidon's routing.
 */
public final class ApiServer implements AutoCloseable {
  public static final String API = "/api/v1";

  private final WebServer server;
  private final PersonRoutes persons;

  private ApiServer(WebServer server, PersonRoutes persons) {
    this.server = server;
    this.persons = persons;
  }

  /** Starts on {@code port} (0 picks a free one) on every interface, or loopback if asked. */
  public static ApiServer start(Newsroom newsroom, String host, int port) {
    PersonRoutes persons = new PersonRoutes(newsroom);
    WebServer server =
        WebServer.builder()
            .host(host)
            .port(port)
            // Without TCP_NODELAY an answer larger than a few segments waits ~40 ms for the
            // client's delayed ACK (Nagle): a 58 KB list served at ~300 req/s instead of thousands.
            .connectionOptions(socket -> socket.tcpNoDelay(true))
            // Plain blocking sockets (a virtual thread each) instead of Helidon's NIO channel
            // wrapper: measured 1.6x (gzip) and 2.3x (plain) on the national tally, and a smaller
            // buffer per SSE connection (docs/benchmarks.md, "HTTP: server against nginx").
            .useNio(false)
            .routing(routing -> route(routing, newsroom, persons))
            .build()
            .start();
    return new ApiServer(server, persons);
  }

  private static void route(HttpRouting.Builder routing, Newsroom newsroom, PersonRoutes persons) {
    routing.error(ProblemException.class, (req, res, e) -> e.problem().send(res));
    // outermost first: close after the answer, count it, and route a HEAD as its GET
    routing.addFilter(new ConnectionClose());
    routing.addFilter(new RequestMetrics(newsroom.metrics()));
    routing.addFilter(new HeadRequests());
    routing.register("/", new HealthRoutes(newsroom));
    routing.register("/", new MetricsRoutes(newsroom.metrics(), newsroom.counts()));
    List<HttpService> api =
        List.of(
            new OpenApiRoutes(),
            new ElectionRoutes(newsroom),
            new TallyRoutes(newsroom),
            new ConstituencyRoutes(newsroom),
            new CompareRoutes(newsroom),
            new HistoryRoutes(newsroom),
            persons,
            new SearchRoutes(newsroom),
            new LiveRoutes(newsroom.counts()),
            new EventRoutes(newsroom.counts(), newsroom.metrics(), newsroom.heartbeat()),
            new IngestRoutes(
                newsroom.counts(), newsroom.archive(), newsroom.tokens(), newsroom.metrics()));
    api.forEach(service -> routing.register(API, service));
    routing.any(
        API + "/*",
        (req, res) ->
            Problem.of(Status.NOT_FOUND_404, "no such resource: " + req.path().path()).send(res));
    // last: the dashboard's files answer every path the API and health routes did not take
    routing.register("/", new WebRoutes());
  }

  /**
   * Starts reading (or linking) every Lok Sabha candidate's career on a background thread, so that
   * the first {@code /persons} or {@code /holders} request does not pay seconds for it; requests
   * are served meanwhile, and one that needs the careers before they are ready waits for this same
   * computation. Completes with how long it took. Explicit, not part of {@link #start}: it costs
   * CPU that tests and benchmarks must not spend.
   */
  public CompletableFuture<Duration> warmUp() {
    return CompletableFuture.supplyAsync(
        () -> {
          long start = System.nanoTime();
          persons.warm();
          return Duration.ofNanos(System.nanoTime() - start);
        },
        task -> Thread.ofPlatform().daemon().name("janadesh-warm-up").start(task));
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }
}
