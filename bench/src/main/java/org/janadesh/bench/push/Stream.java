package org.janadesh.bench.push;

import java.nio.channels.SocketChannel;
import org.jspecify.annotations.Nullable;

/**
 * One SSE client: its socket, the HTTP reader feeding the event parser, and when (System.nanoTime)
 * the measured event reached it. Touched only by the selector thread that owns it, but for the
 * time, which the main thread reads after the run.
 */
final class Stream {
  final SocketChannel channel;
  final ResponseReader response;
  final SseParser events;
  volatile long receivedAt;
  boolean ready;
  boolean finished;
  private long readAt;

  Stream(SocketChannel channel, Arrivals arrivals) {
    this.channel = channel;
    this.events = new SseParser(event -> arrivals.event(this, event, readAt));
    this.response = new ResponseReader(events::feed);
  }

  /** Feeds bytes read at {@code nanos}: every event they complete is stamped with that time. */
  void read(byte[] bytes, int length, long nanos) {
    readAt = nanos;
    response.feed(bytes, 0, length);
  }

  /** Decides, per event, whether it is the measured one. */
  interface Arrivals {
    void event(Stream stream, SseEvent event, long nanos);
  }

  static @Nullable Long numericId(SseEvent event) {
    String id = event.id();
    if (id == null) {
      return null;
    }
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
