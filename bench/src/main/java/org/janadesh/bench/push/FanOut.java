package org.janadesh.bench.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * N event-stream clients on a few selector threads (never a thread per client): connects them at a
 * bounded rate from several loopback source addresses (each has its own ephemeral port range),
 * sends one {@code GET … Accept: text/event-stream} each, and counts them ready once the 200 and
 * its headers have arrived. After each {@link #arm()}, the first event on each stream whose numeric
 * id is above every id any stream saw before that arming (or that has no id) is the measured one:
 * arming again starts the next round (warm-up events, then the measured ones). Or, for a harness
 * that cannot see the POSTs (another process sends them), {@link #record(int)}: every stream keeps
 * each new event's id and time, and the counts say how many streams have their first, second, …
 *
 * <p>Clients go round-robin over one or more servers (client {@code i} of a harness whose first
 * client is number {@code offset} of the whole run to server {@code (offset + i) mod servers}), and
 * are stamped by {@code clock}: {@code System.nanoTime} within one process, the wall clock in
 * microseconds when another process stamps the sends.
 */
final class FanOut implements AutoCloseable {
  private final List<InetSocketAddress> servers;
  private final int offset;
  private final List<InetSocketAddress> sources;
  private final List<byte[]> requests = new ArrayList<>();
  private final LongSupplier clock;
  private final List<Loop> loops = new ArrayList<>();
  private final List<Stream> streams = new ArrayList<>();
  final AtomicInteger ready = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();
  final AtomicInteger received = new AtomicInteger();
  final AtomicLong eventsBeforeArming = new AtomicLong();
  final AtomicLong heartbeats = new AtomicLong();
  final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final AtomicLong highestId = new AtomicLong(Long.MIN_VALUE);
  private volatile boolean armed;
  private volatile long threshold = Long.MIN_VALUE;
  private volatile boolean recording;
  private boolean stopped;
  private volatile AtomicIntegerArray delivered = new AtomicIntegerArray(0);
  final AtomicLong unnumbered = new AtomicLong();

  FanOut(InetSocketAddress server, String path, List<InetSocketAddress> sources, int threads) {
    this(List.of(server), 0, path, sources, threads, System::nanoTime);
  }

  FanOut(
      List<InetSocketAddress> servers,
      int offset,
      String path,
      List<InetSocketAddress> sources,
      int threads,
      LongSupplier clock) {
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("no server to connect to");
    }
    this.servers = List.copyOf(servers);
    this.offset = offset;
    this.sources = List.copyOf(sources);
    this.clock = clock;
    for (InetSocketAddress server : servers) {
      requests.add(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + server.getHostString()
                  + ":"
                  + server.getPort()
                  + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    for (int i = 0; i < threads; i++) {
      Loop loop = new Loop(i);
      loops.add(loop);
      loop.thread.start();
    }
  }

  /**
   * Opens {@code clients} streams, at most {@code inFlight} connecting at once, and waits until all
   * are ready or failed or {@code timeoutMillis} passed. Returns the number ready.
   */
  int connect(int clients, int inFlight, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    for (int i = 0; i < clients; i++) {
      while (i - ready.get() - failed.get() - closed.get() >= inFlight) {
        if (System.currentTimeMillis() > deadline) {
          return ready.get();
        }
        Thread.sleep(1);
      }
      try {
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.bind(sources.get(i % sources.size()));
        int node = Math.floorMod(offset + i, servers.size());
        Stream stream = new Stream(channel, servers.get(node), requests.get(node), this::event);
        streams.add(stream);
        loops.get(i % loops.size()).add(stream);
      } catch (IOException e) {
        fail(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    while (ready.get() + failed.get() + closed.get() < clients
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    return ready.get();
  }

  /**
   * From now on the next new event on each stream is the measured one. Call it again only once the
   * previous round is over (every stream had its event or the wait timed out): the arrivals and the
   * received count start again from nothing.
   */
  void arm() {
    armed = false;
    threshold = highestId.get();
    for (Stream s : streams) {
      s.receivedAt = 0;
    }
    received.set(0);
    armed = true;
  }

  /**
   * From now on every stream keeps each event whose numeric id is above every id seen so far, with
   * its time; {@link #delivered(int)} counts the streams that have kept at least k + 1 of them (k <
   * {@code events}). Instead of {@link #arm()}, for a harness that does not send the events.
   */
  void record(int events) {
    armed = false;
    threshold = highestId.get();
    delivered = new AtomicIntegerArray(events);
    recording = true;
    armed = true;
  }

  /** How many streams have kept at least {@code k + 1} events since {@link #record(int)}. */
  int delivered(int k) {
    return delivered.get(k);
  }

  /** The streams opened, in the order of their clients (read their records after closing). */
  List<Stream> streams() {
    return List.copyOf(streams);
  }

  /** Waits until {@code expected} streams have the event or the time is up. */
  void awaitArrivals(int expected, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (received.get() < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
  }

  /** When each stream had the event (nanoTime), 0 for those that did not. */
  long[] arrivals() {
    return streams.stream().mapToLong(s -> s.receivedAt).toArray();
  }

  private void event(Stream stream, SseEvent event, long nanos) {
    Long id = Stream.numericId(event);
    if (id != null) {
      highestId.accumulateAndGet(id, Math::max);
    }
    if (!armed) {
      eventsBeforeArming.incrementAndGet();
      return;
    }
    if (recording) {
      if (id == null) {
        unnumbered.incrementAndGet();
        return;
      }
      int k = id > threshold ? stream.record(id, nanos) : -1;
      AtomicIntegerArray counts = delivered;
      if (k >= 0 && k < counts.length()) {
        counts.incrementAndGet(k);
      }
      return;
    }
    if (stream.receivedAt == 0 && (id == null || id > threshold)) {
      stream.receivedAt = nanos;
      received.incrementAndGet();
    }
  }

  private void fail(String why) {
    failed.incrementAndGet();
    failures.merge(why, 1, Integer::sum);
  }

  @Override
  public void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    for (Loop loop : loops) {
      loop.stop();
    }
  }

  /** One selector thread and the streams it owns. */
  private final class Loop implements Runnable {
    final Thread thread;
    private final Selector selector;
    private final Queue<Stream> added = new ConcurrentLinkedQueue<>();
    private final byte[] bytes = new byte[64 * 1024];
    private final ByteBuffer buffer = ByteBuffer.wrap(bytes);
    private volatile boolean running = true;

    Loop(int n) {
      try {
        selector = Selector.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      thread = new Thread(this, "sse-clients-" + n);
      thread.setDaemon(true);
    }

    void add(Stream stream) {
      added.add(stream);
      selector.wakeup();
    }

    void stop() {
      running = false;
      selector.wakeup();
      try {
        thread.join(5_000);
        for (SelectionKey key : selector.keys()) {
          key.channel().close();
        }
        selector.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void run() {
      while (running) {
        try {
          Stream next;
          while ((next = added.poll()) != null) {
            try {
              if (next.channel.connect(next.server)) {
                send(next);
                next.channel.register(selector, SelectionKey.OP_READ, next);
              } else {
                next.channel.register(selector, SelectionKey.OP_CONNECT, next);
              }
            } catch (IOException e) {
              fail("connect: " + e.getMessage());
            }
          }
          selector.select(100);
          for (SelectionKey key : selector.selectedKeys()) {
            handle(key);
          }
          selector.selectedKeys().clear();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private void handle(SelectionKey key) {
      Stream stream = (Stream) key.attachment();
      try {
        if (key.isConnectable()) {
          stream.channel.finishConnect();
          send(stream);
          key.interestOps(SelectionKey.OP_READ);
          return;
        }
        if (key.isReadable()) {
          buffer.clear();
          int n = stream.channel.read(buffer);
          if (n < 0) {
            end(key, stream);
            return;
          }
          // Stamped after this read, not once per select: a later key's bytes may have arrived
          // after the select returned, and an earlier stamp would make the latency look shorter.
          stream.read(bytes, n, clock.getAsLong());
          if (!stream.ready && stream.response.headersDone()) {
            stream.ready = true;
            if (stream.response.status() == 200) {
              ready.incrementAndGet();
            } else {
              fail("HTTP " + stream.response.status());
              stream.finished = true;
              key.cancel();
              stream.channel.close();
            }
          }
          heartbeats.set(Math.max(heartbeats.get(), stream.events.comments()));
        }
      } catch (IOException | RuntimeException e) {
        if (!stream.ready) {
          fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        } else {
          stream.closedAt = clock.getAsLong();
          closed.incrementAndGet();
        }
        stream.finished = true;
        key.cancel();
        try {
          stream.channel.close();
        } catch (IOException ignored) {
          // closing a broken socket; nothing to add
        }
      }
    }

    private void end(SelectionKey key, Stream stream) throws IOException {
      if (stream.ready) {
        stream.closedAt = clock.getAsLong();
        closed.incrementAndGet();
      } else {
        fail("closed before the headers");
      }
      stream.finished = true;
      key.cancel();
      stream.channel.close();
    }

    private void send(Stream stream) throws IOException {
      ByteBuffer out = ByteBuffer.wrap(stream.request);
      while (out.hasRemaining()) {
        if (stream.channel.write(out) == 0) {
          Thread.onSpinWait(); // a fresh socket's send buffer takes ~100 bytes at once
        }
      }
    }
  }
}
