package org.janadesh.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;

/** Sends representations with the caching and compression every read shares. */
public final class Replies {
  private Replies() {}

  /**
   * Sends {@code answer}: 304 without a body when the client already holds this ETag, otherwise the
   * body, gzipped when the client accepts gzip.
   */
  public static void send(ServerRequest req, ServerResponse res, Representation answer) {
    boolean held =
        matches(req.headers().value(HeaderNames.IF_NONE_MATCH).orElse(null), answer.etag());
    boolean gzip = !held && answer.compresses() && acceptsGzip(req);
    boolean head = HeadRequests.asked();
    if (!held && !head && wholeAnswerFits(req)) {
      // The wire is built from the same header lists as the path below, once a second
      // (Representation.wire). Nothing is set on res: only a filter could read it, and the
      // filters (metrics, HEAD, Connection: close) need only the status, 200.
      try (WholeAnswerSink sink = res.sink(WholeAnswerSink.TYPE)) {
        sink.emit(answer.wire(gzip));
      }
      return;
    }
    answer.validators().forEach(res::header);
    if (held) {
      res.status(Status.NOT_MODIFIED_304).send();
      return;
    }
    answer.entityHeaders(gzip).forEach(res::header);
    sendBody(res, gzip ? answer.gzipped() : answer.body());
  }

  /**
   * Sends {@code body} with the headers already set on {@code res}; for a HEAD ({@link
   * HeadRequests}) only its Content-Length: every body a GET resource writes goes through here.
   */
  public static void sendBody(ServerResponse res, byte[] body) {
    if (HeadRequests.asked()) {
      // Helidon keeps a Content-Length set beforehand and writes the empty entity after it.
      res.header(HeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
      res.send();
    } else {
      res.send(body);
    }
  }

  /** RFC 9110 §13.1.2: weak comparison, a list of tags or {@code *}. */
  static boolean matches(@org.jspecify.annotations.Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",", -1)) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A prebuilt whole response fits a keep-alive HTTP/1.1 GET (a HEAD, routed as a GET, is kept out
   * by the caller). HTTP/1.0 and {@code Connection: close} are left to Helidon's path, whose answer
   * to the latter says {@code Connection: close} (and ConnectionClose then ends the connection).
   */
  private static boolean wholeAnswerFits(ServerRequest req) {
    return Method.GET.equals(req.prologue().method())
        && "1.1".equals(req.prologue().protocolVersion())
        && !req.headers().contains(HeaderValues.CONNECTION_CLOSE);
  }

  private static boolean acceptsGzip(ServerRequest req) {
    return req.headers()
        .value(HeaderNames.ACCEPT_ENCODING)
        .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
        .orElse(false);
  }
}
