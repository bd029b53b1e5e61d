package org.janadesh.server.push;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Nominations;
import org.janadesh.store.counting.CountingDesk;

/**
 * A count's log as SSE frames, each entry encoded once and shared by every client (ADR 0009).
 *
 * <p>The desk tells the broadcast after every commit ({@link CountingDesk#onCommit}); that only
 * releases a permit. One encoder thread per count then reads the new entries from the desk's memory
 * (never the database), folds them into its own copy of the state to describe the seat each one
 * changed, appends their frames, publishes the larger set and completes the current {@link #tick()}
 * future: every waiting client wakes from that one signal and writes the same bytes. Heartbeats
 * come the same way ({@link #beat()}), so a waiting client never needs a timer of its own.
 */
public final class Broadcast implements AutoCloseable {
  /** Turns one entry into its event name and JSON, given the state after it. */
  public interface Encoder {
    String name(LogEntry entry);

    String json(LogEntry entry, ElectionCount after);
  }

  private static final int READ_PAGE = 5_000;

  private final CountingDesk desk;
  private final Encoder encoder;
  private final Semaphore wake = new Semaphore(0);
  private final Thread thread;
  private ElectionCount state;
  private volatile Frames frames = Frames.EMPTY;
  // Swapped under the lock, never overwritten: the encoder's publications and the heartbeats both
  // replace it, and whoever takes a future out completes it, so no client waits on a lost one.
  private final Object swap = new Object();
  private volatile CompletableFuture<Void> tick = new CompletableFuture<>();
  private volatile long lastTickNanos = System.nanoTime();
  private volatile boolean closed;

  private Broadcast(CountingDesk desk, Nominations nominations, Encoder encoder) {
    this.desk = desk;
    this.encoder = encoder;
    this.state = ElectionCount.start(nominations);
    this.thread =
        Thread.ofPlatform()
            .daemon()
            .name("broadcast-" + desk.session().id())
            .unstarted(this::encodeForever);
  }

  /** Starts encoding {@code desk}'s log, the entries already there first. */
  public static Broadcast start(CountingDesk desk, Nominations nominations, Encoder encoder) {
    Broadcast b = new Broadcast(desk, nominations, encoder);
    desk.onCommit(sequence -> b.wake.release());
    b.encodeUpTo(desk.current().sequence());
    b.thread.start();
    return b;
  }

  /** The frames encoded so far: entries 1..{@link Frames#size()}. */
  public Frames frames() {
    return frames;
  }

  /**
   * Completes when more frames are published, when {@link #beat()} is called (nothing new: the
   * clients write a heartbeat) or when the broadcast closes. A client reads the tick before it
   * looks at {@link #frames()}, so a publication between the two is never missed.
   */
  public CompletableFuture<Void> tick() {
    return tick;
  }

  /**
   * Wakes every waiting client with nothing new, so each writes a heartbeat: one shared timer for
   * all of them ({@link Heartbeats}) instead of a timed park per client, whose timer would be set
   * and cancelled 20,000 times per event.
   */
  public void beat() {
    complete();
  }

  /** When (System.nanoTime) the tick last completed: a publication or a beat. */
  public long lastTickNanos() {
    return lastTickNanos;
  }

  private void complete() {
    lastTickNanos = System.nanoTime();
    CompletableFuture<Void> woken;
    synchronized (swap) {
      woken = tick;
      tick = new CompletableFuture<>();
    }
    woken.complete(null);
  }

  public boolean isClosed() {
    return closed;
  }

  /**
   * Waits (at most {@code millis}) until every entry up to {@code sequence} is encoded: a read that
   * follows an acknowledged write then sees it.
   */
  public Frames awaitEncoded(long sequence, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      CompletableFuture<Void> t = tick;
      Frames f = frames;
      long left = deadline - System.nanoTime();
      if (f.size() >= sequence || closed || left <= 0) {
        return f;
      }
      try {
        t.get(left, TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // woken or timed out: look again
      }
    }
  }

  private void encodeForever() {
    while (!closed) {
      try {
        if (wake.tryAcquire(1, TimeUnit.SECONDS)) {
          wake.drainPermits();
        }
        encodeUpTo(desk.current().sequence());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // A frame that cannot be built is a bug; report it and keep serving what is encoded.
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
      }
    }
  }

  private void encodeUpTo(long sequence) {
    while (frames.size() < sequence) {
      List<LogEntry> page = desk.since(frames.size(), READ_PAGE).value();
      if (page.isEmpty()) {
        return;
      }
      Frames next = frames;
      for (LogEntry e : page) {
        state = state.apply(e);
        next = next.append(frame(e, encoder.name(e), encoder.json(e, state)));
      }
      frames = next; // publish the frames, then wake: a client that read the old tick sees them
      complete();
    }
  }

  private static Frames.Frame frame(LogEntry e, String name, String json) {
    String text = "id: " + e.sequence() + "\nevent: " + name + "\ndata: " + json + "\n\n";
    return new Frames.Frame(json, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    complete();
  }

  /**
   * Encoded entries 1..size, append-only: the encoder fills slots above the published size before
   * it publishes a larger one, so a reader never sees a slot change. A class: it holds an array.
   */
  public static final class Frames {
    static final Frames EMPTY = new Frames(new Frame[256], 0);

    /**
     * One entry as JSON (for the delta) and as its whole SSE frame (id, event, data), built once.
     * The frame's bytes are handed out as they are, never copied and never changed.
     */
    public static final class Frame {
      private final String json;
      private final byte[] sse;

      Frame(String json, byte[] sse) {
        this.json = json;
        this.sse = sse;
      }

      public String json() {
        return json;
      }

      public byte[] sse() {
        return sse;
      }
    }

    private final Frame[] slots;
    private final int size;

    private Frames(Frame[] slots, int size) {
      this.slots = slots;
      this.size = size;
    }

    Frames append(Frame f) {
      Frame[] array = size < slots.length ? slots : Arrays.copyOf(slots, 2 * slots.length);
      array[size] = f;
      return new Frames(array, size + 1);
    }

    /** The last sequence encoded. */
    public int size() {
      return size;
    }

    /** The frame of entry {@code sequence} (1..size). */
    public Frame get(long sequence) {
      if (sequence < 1 || sequence > size) {
        throw new IndexOutOfBoundsException("no frame " + sequence + " of " + size);
      }
      return slots[(int) sequence - 1];
    }
  }
}
