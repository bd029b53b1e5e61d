package org.janadesh.server.http;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Ends the connection after answering a request that said {@code Connection: close} (RFC 9112
 * §9.6). Helidon 4.5 answers such a request with {@code Connection: close} but then, for a request
 * without a body, reads the next request from the same socket as if nothing had been said, so a
 * client waiting for the end of the stream waits for the idle timeout. Throwing Helidon's {@link
 * CloseConnectionException} once the answer is written is its own way to drop a connection: the
 * connection handler closes the socket and logs it at TRACE.
 */
public final class ConnectionClose implements Filter {
  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    if (!req.headers().contains(HeaderValues.CONNECTION_CLOSE)) {
      chain.proceed();
      return;
    }
    try {
      chain.proceed();
    } catch (ProblemException e) {
      // Answered here rather than by the routing's error handler, which runs only after this
      // filter has returned: the problem must be on the wire before the connection ends.
      e.problem().send(res);
    }
    if (res.isSent()) {
      throw new CloseConnectionException("the client asked for Connection: close");
    }
  }
}
