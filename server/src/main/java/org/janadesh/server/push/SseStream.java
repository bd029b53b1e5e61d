package org.janadesh.server.push;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One SSE client of a {@link Broadcast}: writes every frame after the client's last sequence, then
 * parks its (virtual) thread on the broadcast's tick until more are published, writing a heartbeat
 * comment when the tick was a beat (nothing new). The park has no timeout: the shared {@link
 * Heartbeats} wake quiet streams, so no client sets and cancels a timer of its own at each event.
 * The frames are the broadcast's shared bytes; nothing is encoded per client. Returns when the
 * client goes away (a write fails) or the broadcast closes.
 */
public final class SseStream {
  private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

  private final Broadcast broadcast;

  public SseStream(Broadcast broadcast, Heartbeats heartbeats) {
    this.broadcast = broadcast;
    heartbeats.watch(broadcast);
  }

  /**
   * Streams to {@code out} from entry {@code after + 1} on: first what the client missed (a resume
   * with {@code Last-Event-ID} gets exactly that, no gap and no repeat), then each new entry as it
   * is committed.
   */
  public void serve(OutputStream out, long after) throws IOException {
    long sent = after;
    out.write(
        ("retry: 2000\n: janadesh live count, resuming after " + after + "\n\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    boolean woken = false;
    while (!broadcast.isClosed()) {
      CompletableFuture<Void> tick = broadcast.tick(); // before reading frames: no lost wake-up
      Broadcast.Frames frames = broadcast.frames();
      if (frames.size() > sent) {
        for (long s = sent + 1; s <= frames.size(); s++) {
          out.write(frames.get(s).sse());
        }
        out.flush();
        sent = frames.size();
      } else if (woken) {
        out.write(HEARTBEAT); // a beat: nothing new for a whole period
        out.flush();
      }
      try {
        tick.get();
        woken = true;
      } catch (ExecutionException e) {
        throw new IllegalStateException("a broadcast tick never fails", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
