package org.janadesh.server.archive;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;

/**
 * The query parameters of one request. A parameter a route does not know is refused rather than
 * ignored: {@code ?sate=Kerala} answered with the national tally would be a wrong number.
 */
public final class Parameters {
  private final ServerRequest req;

  private Parameters(ServerRequest req) {
    this.req = req;
  }

  /** The request's parameters, refusing any not in {@code known}. */
  public static Parameters of(ServerRequest req, String... known) {
    Set<String> allowed = Set.of(known);
    Set<String> unknown = new TreeSet<>(req.query().names());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw badRequest(
          "unknown parameter "
              + String.join(", ", unknown)
              + " for "
              + req.path().path()
              + (known.length == 0 ? "; it takes none" : "; it takes " + String.join(", ", known)));
    }
    return new Parameters(req);
  }

  /** The parameter's value, trimmed; empty when absent or blank. */
  public Optional<String> optional(String name) {
    return req.query().first(name).asOptional().map(String::trim).filter(v -> !v.isEmpty());
  }

  public String required(String name) {
    return optional(name).orElseThrow(() -> badRequest("parameter '" + name + "' is required"));
  }

  /** A path parameter as the client sent it, percent-decoded. */
  public String path(String name) {
    return req.path().pathParameters().get(name);
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(Status.BAD_REQUEST_400, detail));
  }

  /** A request refused by a numbered rule (ALL-5, ALL-6), which the problem names. */
  public static ProblemException badRequest(String detail, String rule) {
    return new ProblemException(Problem.of(Status.BAD_REQUEST_400, detail).withRule(rule));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(Status.NOT_FOUND_404, detail));
  }
}
