package org.janadesh.server.http;

import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * {@code HEAD} on every {@code GET} resource (RFC 9110 §9.3.2): Helidon routes {@code
 * rules.get(...)} to GET only, so a HEAD is routed as a GET here and the senders ({@link Replies})
 * write the GET's status and headers, Content-Length included, without the body.
 *
 * <p>Which request is a HEAD is kept per thread for the length of its routing: Helidon routes a
 * request on its connection's thread, start to end, and the request itself has nowhere to carry it
 * once its method reads GET.
 */
public final class HeadRequests implements Filter {
  private static final ThreadLocal<Boolean> HEAD = ThreadLocal.withInitial(() -> false);

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    HttpPrologue asked = req.prologue();
    if (!Method.HEAD.equals(asked.method())) {
      chain.proceed();
      return;
    }
    req.prologue(
        HttpPrologue.create(
            asked.rawProtocol(),
            asked.protocol(),
            asked.protocolVersion(),
            Method.GET,
            asked.uriPath(),
            asked.query(),
            asked.fragment()));
    HEAD.set(true);
    try {
      chain.proceed();
    } catch (ProblemException e) {
      // Sent here, while this is known to be a HEAD: the routing's error handler runs after.
      e.problem().send(res);
    } finally {
      HEAD.remove();
      // the metrics filter outside this one counts it as what it was
      req.prologue(asked);
    }
  }

  /** True while a HEAD request is being answered on this thread: send headers, no body. */
  public static boolean asked() {
    return HEAD.get();
  }
}
