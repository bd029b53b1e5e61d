package org.janadesh.server.http;

import io.helidon.http.HeaderNames;
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
    res.header(HeaderNames.ETAG, answer.etag());
    res.header(HeaderNames.CACHE_CONTROL, answer.freshness().cacheControl());
    res.header(HeaderNames.VARY, "Accept-Encoding");
    if (matches(req.headers().value(HeaderNames.IF_NONE_MATCH).orElse(null), answer.etag())) {
      res.status(Status.NOT_MODIFIED_304).send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, answer.contentType());
    if (answer.compresses() && acceptsGzip(req)) {
      res.header(HeaderNames.CONTENT_ENCODING, "gzip");
      res.send(answer.gzipped());
    } else {
      res.send(answer.body());
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

  private static boolean acceptsGzip(ServerRequest req) {
    return req.headers()
        .value(HeaderNames.ACCEPT_ENCODING)
        .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
        .orElse(false);
  }
}
