package org.janadesh.bench.push;

import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One SSE client: its socket and server, the HTTP reader feeding the event parser, and when (on the
 * harness's clock) the measured event reached it, or, when recording, every new event and when it
 * came. Touched only by the selector thread that owns it, but for the times, which the main thread
 * reads after the run (or, for the counts, while it runs).
 */
final class Stream {
  final SocketChannel channel;
  final InetSocketAddress server;
  final byte[] request;
  final ResponseReader response;
  final SseParser events;
  volatile long receivedAt;
  volatile long closedAt;
  boolean ready;
  boolean finished;
  private long readAt;
  private long[] ids = new long[8];
  private long[] times = new long[8];
  private volatile int recorded;

  Stream(SocketChannel channel, InetSocketAddress server, byte[] request, Arrivals arrivals) {
    this.channel = channel;
    this.server = server;
    this.request = request;
    this.events = new SseParser(event -> arrivals.event(this, event, readAt));
    this.response = new ResponseReader(events::feed);
  }

  /** Feeds bytes read at {@code nanos}: every event they complete is stamped with that time. */
  void read(byte[] bytes, int length, long nanos) {
    readAt = nanos;
    response.feed(bytes, 0, length);
  }

  /**
   * Keeps event {@code id} received at {@code at} if it is newer than the last one kept; returns
   * how many were kept before it (its place on this stream), or -1 if it was not kept.
   */
  int record(long id, long at) {
    int n = recorded;
    if (n > 0 && id <= ids[n - 1]) {
      return -1;
    }
    if (n == ids.length) {
      ids = Arrays.copyOf(ids, 2 * n);
      times = Arrays.copyOf(times, 2 * n);
    }
    ids[n] = id;
    times[n] = at;
    recorded = n + 1; // published after the arrays: a reader of the count sees their entries
    return n;
  }

  int recorded() {
    return recorded;
  }

  /** The ids kept, oldest first. */
  long[] recordedIds() {
    return Arrays.copyOf(ids, recorded);
  }

  /** When each kept event came, in the order of {@link #recordedIds()}. */
  long[] recordedTimes() {
    return Arrays.copyOf(times, recorded);
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
