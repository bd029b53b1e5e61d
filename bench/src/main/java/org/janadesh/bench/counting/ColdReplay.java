package org.janadesh.bench.counting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.Outcome;
import org.janadesh.store.counting.SqliteCountingLog;

/**
 * The snapshot replay in a fresh JVM, as a command-line replay would run it: the 2024 contests are
 * loaded first (untimed: a replay command gets them from the archive), then the timed part, from
 * the CSVs (convert + apply) or from a JSON-lines file (read + apply), into a durable log. Prints
 * one line: {@code source_ms apply_ms}.
 */
final class ColdReplay {
  private ColdReplay() {}

  static void child(String mode, Path jsonLines, Path file) throws Exception {
    Registries registries = Registries.loadBundled();
    List<Contest> contests =
        BundledImport.run(registries).stream()
            .flatMap(r -> r.batch().contests().stream())
            .filter(c -> c.election().equals(SnapshotReplay.LS_2024))
            .toList();
    Nominations nominations = Nominations.from(SnapshotReplay.LS_2024, contests);
    long t0 = System.nanoTime();
    List<Submission> submissions =
        mode.equals("csv")
            ? SnapshotReplay.ls2024(contests, registries.parties()).submissions()
            : CountingLines.read(jsonLines).submissions();
    long t1 = System.nanoTime();
    try (CountingDesk desk =
        CountingDesk.open(
            SqliteCountingLog.open(
                file,
                Runs.SESSION,
                new JsonLinesCodec(),
                SqliteCountingLog.Sync.FULL,
                Clock.systemUTC()),
            nominations)) {
      List<CompletableFuture<Outcome>> answers = new ArrayList<>();
      for (Submission s : submissions) {
        answers.add(desk.submit(s));
      }
      for (CompletableFuture<Outcome> a : answers) {
        if (!(a.get(10, TimeUnit.MINUTES) instanceof Outcome.Accepted)) {
          throw new IllegalStateException("not accepted in the cold replay");
        }
      }
    }
    long t2 = System.nanoTime();
    System.out.printf(java.util.Locale.ROOT, "%d %d %d%n", submissions.size(), t1 - t0, t2 - t1);
  }

  /** Runs the child in a fresh JVM (same java, same class path); nanos {source, apply}. */
  static long[] run(String mode, Path jsonLines, Path dir, int index)
      throws IOException, InterruptedException {
    Path file = dir.resolve("cold-" + mode + "-" + index + ".db");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CountingBench.class.getName(),
                "--child-replay",
                mode,
                jsonLines.toString(),
                file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || out.isEmpty()) {
      throw new IllegalStateException("the cold replay (" + mode + ") failed: " + out);
    }
    String[] f = out.split(" ", -1);
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
    }
    return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[0])};
  }
}
