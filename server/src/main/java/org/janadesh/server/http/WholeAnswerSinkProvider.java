package org.janadesh.server.http;

import io.helidon.common.GenericType;
import io.helidon.common.media.type.MediaType;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.http.spi.Sink;
import io.helidon.webserver.http.spi.SinkProvider;
import io.helidon.webserver.http.spi.SinkProviderContext;
import java.util.function.BiConsumer;

/**
 * Registered with {@link java.util.ServiceLoader}: Helidon finds sinks only that way. The generic
 * signatures are Helidon's SPI, not ours to choose.
 */
@SuppressWarnings("TypeParameterUnusedInFormals")
public final class WholeAnswerSinkProvider implements SinkProvider<byte[]> {
  @Override
  public boolean supports(GenericType<? extends Sink<?>> type, ServerRequest request) {
    return WholeAnswerSink.TYPE.equals(type);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <X extends Sink<byte[]>> X create(SinkProviderContext context) {
    return (X) new WholeAnswerSink(context);
  }

  // Abstract in SinkProvider, so it must exist; Helidon 4 calls the context variant above.
  @Override
  @SuppressWarnings("removal")
  public <X extends Sink<byte[]>> X create(
      ServerResponse response,
      BiConsumer<Object, MediaType> eventConsumer,
      Runnable closeRunnable) {
    throw new UnsupportedOperationException("Helidon 4 calls create(SinkProviderContext)");
  }
}
