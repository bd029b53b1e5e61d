package org.janadesh.server.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.rules.Verdict;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Json;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.janadesh.server.live.CountLabels;
import org.janadesh.server.live.CountRequests;
import org.janadesh.server.live.LiveCount;
import org.janadesh.server.live.LiveCounts;
import org.janadesh.server.live.QuarantineDocument;
import org.janadesh.server.metrics.Metrics;
import org.janadesh.store.counting.CountId;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.Outcome;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * {@code POST /api/v1/elections/{count}/events}: one counting event in the wire format
 * (docs/data-formats.md) or a JSON array of them, with a bearer token scoped to the seats it may
 * write; and {@code GET /api/v1/elections/{count}/quarantine}, operator tokens only.
 *
 * <p>Checked in this order: token (401), body size (413), JSON and wire format (400, with the
 * event, field and reason), every event's seat in the token's scope (403, nothing submitted), then
 * each event is submitted to the count's desk in order and answered only once committed: 201 when
 * something was accepted, 200 when all were duplicates (CNT-8), 422 naming the broken rule when the
 * desk quarantined any (the others in the array stand as answered). A read node ({@code serve
 * --follow}) answers every POST with 405: events go to the writer.
 */
public final class IngestRoutes implements HttpService {
  /** The largest body taken: 1 MiB, about a thousand events. */
  public static final int MAX_BODY = 1 << 20;

  private static final long COMMIT_SECONDS = 30;

  private final LiveCounts counts;
  private final SqliteArchive archive;
  private final Tokens tokens;
  private final Metrics metrics;

  public IngestRoutes(LiveCounts counts, SqliteArchive archive, Tokens tokens, Metrics metrics) {
    this.counts = counts;
    this.archive = archive;
    this.tokens = tokens;
    this.metrics = metrics;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/elections/{count}/events", this::ingest)
        .get("/elections/{count}/quarantine", this::quarantine);
  }

  /**
   * The request's token, or empty after answering 401 with a {@code WWW-Authenticate} challenge
   * (RFC 6750): no token, or one this server does not know.
   */
  private Optional<Tokens.Token> authorize(ServerRequest req, ServerResponse res) {
    Optional<String> header = req.headers().value(HeaderNames.AUTHORIZATION);
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
      return unauthorized(
          res, "Bearer realm=\"janadesh\"", "a bearer token is needed to write a count");
    }
    Optional<Tokens.Token> token = tokens.find(header.get().substring(7).trim());
    if (token.isEmpty()) {
      return unauthorized(
          res,
          "Bearer realm=\"janadesh\", error=\"invalid_token\"",
          "the bearer token is not known to this server");
    }
    return token;
  }

  private static Optional<Tokens.Token> unauthorized(
      ServerResponse res, String challenge, String detail) {
    res.header(HeaderNames.WWW_AUTHENTICATE, challenge);
    Problem.of(Status.UNAUTHORIZED_401, detail).send(res);
    return Optional.empty();
  }

  private void quarantine(ServerRequest req, ServerResponse res) {
    Optional<Tokens.Token> authorized = authorize(req, res);
    if (authorized.isEmpty()) {
      return;
    }
    Tokens.Token token = authorized.get();
    if (!token.isOperator()) {
      throw new ProblemException(
          Problem.of(Status.FORBIDDEN_403, "the quarantine is for operator tokens only"));
    }
    LiveCount count = CountRequests.count(counts, req);
    Map<ConstituencyId, String> names = new HashMap<>();
    count.contests().forEach(c -> names.put(c.constituency(), c.name()));
    Replies.send(
        req,
        res,
        Representation.json(
            QuarantineDocument.json(count.session(), count.desk().quarantine(), names),
            Freshness.PRIVATE));
  }

  private void ingest(ServerRequest req, ServerResponse res) {
    if (counts.follows()) {
      refuseOnReadNode(req, res);
      return;
    }
    Optional<Tokens.Token> authorized = authorize(req, res);
    if (authorized.isEmpty()) {
      return;
    }
    Tokens.Token token = authorized.get();
    CountId id = CountRequests.countId(req);
    byte[] body = body(req);
    List<Submission> events = parse(body);
    for (int i = 0; i < events.size(); i++) {
      ConstituencyId seat = events.get(i).constituency();
      if (!token.mayWrite(seat)) {
        throw new ProblemException(
            Problem.of(
                Status.FORBIDDEN_403,
                "event "
                    + (i + 1)
                    + " is for "
                    + seat
                    + ", outside the scope of token "
                    + token.name()
                    + "; nothing was submitted"));
      }
    }
    LiveCount count = open(id, token);
    List<CompletableFuture<Outcome>> pending = new ArrayList<>();
    events.forEach(e -> pending.add(count.desk().submit(e)));
    List<Outcome> outcomes = new ArrayList<>();
    for (CompletableFuture<Outcome> f : pending) {
      try {
        outcomes.add(f.get(COMMIT_SECONDS, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable(count, e);
      } catch (java.util.concurrent.ExecutionException
          | java.util.concurrent.TimeoutException
          | CompletionException e) {
        throw unavailable(count, e);
      }
    }
    answer(res, count, outcomes);
  }

  /**
   * 405 on a read node (ADR 0012), before the token is even looked at: this process follows the log
   * another one writes, and a second writer would clash with it (ADR 0009).
   */
  private static void refuseOnReadNode(ServerRequest req, ServerResponse res) {
    res.header(HeaderNames.ALLOW, "GET");
    Problem.of(
            Status.METHOD_NOT_ALLOWED_405,
            "this server is a read node (janadesh serve --follow): it serves count "
                + req.path().pathParameters().get("count")
                + " as its writer logs it and takes no events; POST them to the writer")
        .send(res);
  }

  private ProblemException unavailable(LiveCount count, Exception e) {
    return new ProblemException(
        Problem.of(
            Status.SERVICE_UNAVAILABLE_503,
            "the counting desk of "
                + count.session().id()
                + " could not commit; nothing unacknowledged was kept, send the same events again ("
                + e
                + ")"));
  }

  /**
   * The count to write: opened if the store has it; otherwise an operator may start it, the real
   * count of an archived election or a test count, described as fed over the API.
   */
  private LiveCount open(CountId id, Tokens.Token token) {
    Optional<LiveCount> found = counts.find(id);
    if (found.isPresent()) {
      return found.get();
    }
    Election election =
        archive
            .election(id.election())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            Status.NOT_FOUND_404, "no election " + id.election() + " archived")));
    if (!token.isOperator()) {
      throw new ProblemException(
          Problem.of(
              Status.FORBIDDEN_403,
              "count " + id + " is not in the store; only an operator token may start it"));
    }
    CountSession session =
        new CountSession(
            id,
            id.isTest()
                ? "test count fed through the ingest endpoint"
                : "counting day of " + election.name() + ", fed through the ingest endpoint");
    try {
      return counts.feed(election, session);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.of(Status.CONFLICT_409, String.valueOf(e.getMessage())));
    }
  }

  private static byte[] body(ServerRequest req) {
    Optional<Long> declared =
        req.headers().contentLength().isPresent()
            ? Optional.of(req.headers().contentLength().getAsLong())
            : Optional.empty();
    if (declared.isPresent() && declared.get() > MAX_BODY) {
      throw tooLarge();
    }
    try (InputStream in = req.content().inputStream()) {
      byte[] read = in.readNBytes(MAX_BODY + 1);
      if (read.length > MAX_BODY) {
        throw tooLarge();
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProblemException tooLarge() {
    return new ProblemException(
        Problem.of(
            Status.REQUEST_ENTITY_TOO_LARGE_413,
            "the body is over " + MAX_BODY + " bytes; send the events in smaller arrays"));
  }

  /** The events of the body, or 400 naming the place: line and column, or event and field. */
  static List<Submission> parse(byte[] body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw badRequest(
          "not JSON at line "
              + (at == null ? "?" : at.getLineNr())
              + ", column "
              + (at == null ? "?" : at.getColumnNr())
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw badRequest("the body is empty: send one event object or an array of them");
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
    } else if (root.isObject()) {
      nodes.add(root);
    } else {
      throw badRequest("the body is " + root.getNodeType() + ", not an event or an array");
    }
    if (nodes.isEmpty()) {
      throw badRequest("the array holds no events");
    }
    List<Submission> events = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      switch (CountingLines.parse("body", i + 1, Json.text(nodes.get(i)))) {
        case CountingLines.Parsed.Good g -> events.add(g.submission());
        case CountingLines.Parsed.Bad b -> {
          Rejection r = b.rejection();
          throw badRequest("event " + (i + 1) + ", field " + r.field() + ": " + r.reason());
        }
      }
    }
    return events;
  }

  private static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(Status.BAD_REQUEST_400, detail));
  }

  private void answer(ServerResponse res, LiveCount count, List<Outcome> outcomes) {
    ObjectNode results = CountLabels.json(Json.object(), count.session());
    ArrayNode list = results.putArray("results");
    boolean accepted = false;
    Optional<Outcome.Rejected> firstRejected = Optional.empty();
    for (Outcome o : outcomes) {
      ObjectNode row = list.addObject();
      row.put("seq", o.entry().sequence());
      row.put("key", o.entry().submission().key());
      row.put("constituency", o.entry().submission().constituency().toString());
      String kind =
          switch (o) {
            case Outcome.Accepted a -> {
              accepted = true;
              yield "accepted";
            }
            case Outcome.Rejected r -> {
              if (firstRejected.isEmpty()) {
                firstRejected = Optional.of(r);
              }
              ArrayNode rules = row.putArray("rules");
              r.quarantined().broken().forEach(v -> rules.add(v.ruleId()));
              yield "quarantined";
            }
            case Outcome.Duplicate d -> "duplicate";
          };
      row.put("outcome", kind);
      metrics.ingested(count.session().id().value(), kind);
    }
    if (firstRejected.isPresent()) {
      Verdict broken = firstRejected.get().quarantined().broken().get(0);
      Problem problem =
          new Problem(
                  Status.UNPROCESSABLE_CONTENT_422.code(),
                  Status.UNPROCESSABLE_CONTENT_422.reasonPhrase(),
                  broken.ruleId()
                      + ": "
                      + broken.evidence()
                      + " (quarantined as entry "
                      + firstRejected.get().entry().sequence()
                      + "; see docs/rules/counting.md)",
                  null)
              .withRule(broken.ruleId());
      ObjectNode json = problem.json();
      json.set("results", list);
      res.status(Status.UNPROCESSABLE_CONTENT_422);
      res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
      res.header(HeaderNames.CACHE_CONTROL, "no-store");
      res.send(Json.bytes(json));
      return;
    }
    res.status(accepted ? Status.CREATED_201 : Status.OK_200);
    res.header(HeaderNames.CONTENT_TYPE, Representation.JSON);
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.send(Json.bytes(results));
  }
}
