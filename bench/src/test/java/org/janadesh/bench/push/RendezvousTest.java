package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendezvousTest {
  @TempDir Path dir;

  @Test
  void waitingForListenersNamesTheOnesThatNeverSaidReady() throws Exception {
    Rendezvous meet = new Rendezvous(dir);
    meet.post(Rendezvous.ready(0), "ready 10\n");

    List<String> missing =
        meet.awaitAll(List.of(Rendezvous.ready(0), Rendezvous.ready(1), Rendezvous.ready(2)), 50);

    assertThat(missing).containsExactly("ready-1", "ready-2");
  }

  @Test
  void waitingEndsAsSoonAsEveryFileIsThere() throws Exception {
    Rendezvous meet = new Rendezvous(dir);
    Thread late =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  meet.post(Rendezvous.got(1, 0), "");
                });
    meet.post(Rendezvous.got(0, 0), "");

    long t = System.nanoTime();
    List<String> missing =
        meet.awaitAll(List.of(Rendezvous.got(0, 0), Rendezvous.got(1, 0)), 60_000);
    late.join();

    assertThat(missing).isEmpty();
    assertThat(System.nanoTime() - t).isLessThan(30_000_000_000L);
    assertThat(meet.read(Rendezvous.got(1, 0))).isEmpty();
  }

  @Test
  void anAbortEndsEveryWaitWithTheFilesStillMissing() throws Exception {
    Rendezvous meet = new Rendezvous(dir);
    meet.post(Rendezvous.ABORT, "POST 401");

    assertThat(meet.awaitAll(List.of(Rendezvous.GO), 60_000)).containsExactly("go");
  }
}
