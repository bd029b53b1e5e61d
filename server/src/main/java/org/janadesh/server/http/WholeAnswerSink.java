package org.janadesh.server.http;

import io.helidon.common.GenericType;
import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.http.spi.Sink;
import io.helidon.webserver.http.spi.SinkProviderContext;

/**
 * Writes a response that was encoded whole beforehand (status line, headers and body in one array)
 * straight to the connection. Helidon's {@code send(byte[])} copies every body into a fresh buffer
 * behind the headers; for a finished 67 KB tally polled all day that copy was the largest cost per
 * request (docs/benchmarks.md, "HTTP: server against nginx"). Only {@link Replies} uses it, and
 * only for a keep-alive HTTP/1.1 GET that answers 200.
 */
public final class WholeAnswerSink implements Sink<byte[]> {
  public static final GenericType<WholeAnswerSink> TYPE = GenericType.create(WholeAnswerSink.class);

  private final SinkProviderContext context;

  WholeAnswerSink(SinkProviderContext context) {
    this.context = context;
  }

  /** Writes {@code wire}, which must be a whole HTTP/1.1 response, as it is. */
  @Override
  public WholeAnswerSink emit(byte[] wire) {
    context.connectionContext().dataWriter().writeNow(BufferData.create(wire));
    return this;
  }

  /** Marks the response sent so the connection reads the next request. */
  @Override
  public void close() {
    context.closeRunnable().run();
  }
}
