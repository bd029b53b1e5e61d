package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.HeadRequests;
import org.janadesh.server.http.Json;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.janadesh.server.metrics.Metrics;
import org.janadesh.server.push.Broadcast;
import org.janadesh.server.push.Heartbeats;
import org.janadesh.server.push.SseStream;

/**
 * {@code GET /api/v1/elections/{count}/events?after=N[&limit=M]}: the log entries after sequence N
 * as JSON, or, with {@code Accept: text/event-stream}, an SSE stream whose {@code id} is the log
 * sequence (resume with {@code Last-Event-ID} or {@code ?after=}). Without either, a stream starts
 * at the present: read {@code /status} first and pass its {@code seq} as {@code after} to miss
 * nothing.
 */
public final class EventRoutes implements HttpService {
  /** Entries per JSON delta unless {@code limit} says fewer. */
  static final int MAX_LIMIT = 10_000;

  private static final long CATCH_UP_MILLIS = 2_000;

  private final LiveCounts counts;
  private final Metrics metrics;
  private final Heartbeats heartbeats;

  public EventRoutes(LiveCounts counts, Metrics metrics, Duration heartbeat) {
    this.counts = counts;
    this.metrics = metrics;
    this.heartbeats = new Heartbeats(heartbeat);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/elections/{count}/events", this::events);
  }

  private void events(ServerRequest req, ServerResponse res) throws InterruptedException {
    LiveCount count = CountRequests.count(counts, req);
    boolean stream =
        req.headers()
            .value(HeaderNames.ACCEPT)
            .map(a -> a.contains("text/event-stream"))
            .orElse(false);
    // A HEAD has no body to stream: it gets the delta's headers.
    if (stream && !HeadRequests.asked()) {
      stream(req, res, count);
    } else {
      delta(req, res, count);
    }
  }

  private void delta(ServerRequest req, ServerResponse res, LiveCount count)
      throws InterruptedException {
    long after = CountRequests.number(req, "after", 0).orElse(0L);
    long limit =
        Math.min(CountRequests.number(req, "limit", 1).orElse((long) MAX_LIMIT), MAX_LIMIT);
    // What the desk has acknowledged is readable at once: wait for the encoder to catch up.
    Broadcast.Frames frames =
        count.broadcast().awaitEncoded(count.desk().current().sequence(), CATCH_UP_MILLIS);
    long last = Math.min(frames.size(), after + limit);
    Representation answer =
        count.cached(
            "events?after=" + after + "&limit=" + limit,
            frames.size(),
            () -> {
              ObjectNode root = CountLabels.json(Json.object(), count.session());
              root.put("seq", frames.size());
              root.put("after", after);
              ArrayNode list = root.putArray("events");
              for (long s = after + 1; s <= last; s++) {
                list.addRawValue(new RawValue(frames.get(s).json()));
              }
              root.put("last", Math.max(after, last));
              root.put("more", last < frames.size());
              return Representation.json(root, Freshness.LIVE);
            });
    Replies.send(req, res, answer);
  }

  private void stream(ServerRequest req, ServerResponse res, LiveCount count) {
    Optional<String> lastId = req.headers().value(HeaderNames.create("Last-Event-ID"));
    long after;
    if (lastId.isPresent()) {
      try {
        after = Long.parseLong(lastId.get().trim());
      } catch (NumberFormatException e) {
        after = -1;
      }
      if (after < 0) {
        throw new ProblemException(
            Problem.of(
                Status.BAD_REQUEST_400,
                "Last-Event-ID must be a log sequence (0 or more): '" + lastId.get() + "'"));
      }
    } else {
      after =
          CountRequests.number(req, "after", 0).orElse((long) count.broadcast().frames().size());
    }
    res.status(Status.OK_200);
    res.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    res.header(HeaderNames.CACHE_CONTROL, "no-cache");
    res.header(HeaderNames.create("X-Accel-Buffering"), "no"); // no proxy buffering (nginx)
    metrics.sseOpened();
    try (OutputStream out = res.outputStream()) {
      new SseStream(count.broadcast(), heartbeats).serve(out, after);
    } catch (IOException | UncheckedIOException gone) {
      // the client went away: its thread ends here
    } finally {
      metrics.sseClosed();
    }
  }
}
