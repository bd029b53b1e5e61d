package org.janadesh.store.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.store.contract.CountingFixtures.countingDay;
import static org.janadesh.store.contract.CountingFixtures.madeUp;
import static org.janadesh.store.contract.Fixtures.LS_2024;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Timeline;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.SqliteCountingLog.Sync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick figures for docs/adr/0008-counting-log.md, not a benchmark: append throughput with and
 * without group commit, and start-up time for logs of about 15k and 100k entries. Run with {@code
 * -Djanadesh.figures=true}; writes {@code store/target/counting-log-figures.md}.
 */
@EnabledIfSystemProperty(named = "janadesh.figures", matches = "true")
class CountingLogFiguresTest {
  private static final CountSession COUNT = CountSession.real(LS_2024.id(), "Figures");
  private static final int SUBMITTERS = 8;

  @TempDir Path directory;
  private final StringBuilder figures = new StringBuilder();

  @Test
  void measureAppendThroughputAndStartUp() throws Exception {
    figures.append("# Counting log: measured figures\n\n");
    figures.append("Cores: ").append(Runtime.getRuntime().availableProcessors()).append("\n\n");
    figures.append("## Append throughput (").append(SUBMITTERS).append(" submitters)\n\n");
    figures.append(
        "| sync | commit | events | commits | seconds | events/s |\n|---|---|---|---|---|---|\n");
    List<Contest> seats = madeUp(200, 8, 1);
    List<Submission> day = countingDay(seats, 1, 25);
    throughput(seats, day, Sync.FULL, 1_000);
    throughput(seats, day, Sync.NORMAL, 1_000);
    List<Submission> part = perSeatPrefix(seats, 1, 25, 40);
    throughput(seats, part, Sync.FULL, 1);
    throughput(seats, part, Sync.NORMAL, 1);

    figures.append("\n## Start-up: open, read the log, fold it (median of 3 after a warm-up)\n\n");
    figures.append(
        "| entries | open desk ms | read + decode ms | fold only ms | as-of read ms |\n");
    figures.append("|---|---|---|---|---|\n");
    if (!Boolean.getBoolean("janadesh.figures.throughputOnly")) {
      startUp(madeUp(543, 10, 2), 25);
      startUp(madeUp(2_381, 10, 3), 40);
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "counting-log-figures.md"), figures.toString());
  }

  /** The first {@code entries} submissions of every seat's day: a shorter run for slow modes. */
  private static List<Submission> perSeatPrefix(
      List<Contest> seats, long seed, int rounds, int entries) {
    List<Submission> all = countingDay(seats, seed, rounds);
    return all.subList(0, Math.min(entries * 20, all.size()));
  }

  private void throughput(List<Contest> seats, List<Submission> day, Sync sync, int maxBatch)
      throws IOException {
    Path file = Files.createTempFile(directory, "throughput", ".db");
    Files.delete(file);
    Nominations nominations = Nominations.from(LS_2024.id(), seats);
    try (CountingDesk desk =
        CountingDesk.open(
            SqliteCountingLog.open(file, COUNT, new JsonLinesCodec(), sync, Clock.systemUTC()),
            nominations,
            new CountingDesk.Options(maxBatch, 1_000))) {
      List<List<Submission>> bySubmitter = new ArrayList<>();
      for (int i = 0; i < SUBMITTERS; i++) {
        bySubmitter.add(new ArrayList<>());
      }
      // A seat's updates always go through the same submitter, in order.
      for (Submission s : day) {
        bySubmitter.get(Math.floorMod(s.constituency().hashCode(), SUBMITTERS)).add(s);
      }
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      List<CompletableFuture<Outcome>> answers =
          java.util.Collections.synchronizedList(new ArrayList<>());
      for (List<Submission> mine : bySubmitter) {
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (Submission s : mine) {
                        answers.add(desk.submit(s));
                      }
                    }));
      }
      for (Thread t : threads) {
        t.join();
      }
      for (CompletableFuture<Outcome> a : answers) {
        assertThat(a.get(5, TimeUnit.MINUTES)).isInstanceOf(Outcome.Accepted.class);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      figures.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d | %,d | %.2f | %,.0f |%n",
              sync,
              maxBatch == 1 ? "one per event" : "group (≤ " + maxBatch + ")",
              day.size(),
              desk.commits(),
              seconds,
              day.size() / seconds));
    } catch (InterruptedException
        | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  private void startUp(List<Contest> seats, int rounds) throws IOException {
    Nominations nominations = Nominations.from(LS_2024.id(), seats);
    List<Submission> day = countingDay(seats, 9, rounds);
    ElectionCount count = ElectionCount.start(nominations);
    List<LogEntry> log = new ArrayList<>();
    for (Submission s : day) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      count = step.count();
      step.logged().ifPresent(log::add);
    }
    Path file = directory.resolve("start-" + log.size() + ".db");
    try (SqliteCountingLog writer =
        SqliteCountingLog.open(file, COUNT, new JsonLinesCodec(), Sync.NORMAL, Clock.systemUTC())) {
      for (int i = 0; i < log.size(); i += 5_000) {
        writer.append(log.subList(i, Math.min(log.size(), i + 5_000)));
      }
    }
    long[] open = new long[4];
    long[] read = new long[4];
    long[] fold = new long[4];
    long[] timeline = new long[4];
    for (int run = 0; run < 4; run++) {
      long t0 = System.nanoTime();
      try (CountingDesk desk =
          CountingDesk.open(
              SqliteCountingLog.open(file, COUNT, new JsonLinesCodec()), nominations)) {
        open[run] = System.nanoTime() - t0;
        assertThat(desk.current().value()).isEqualTo(count);
        long t3 = System.nanoTime();
        desk.asOfSequence(log.size() / 2 + 999);
        timeline[run] = System.nanoTime() - t3;
      }
      try (SqliteCountingLog reader = SqliteCountingLog.open(file, COUNT, new JsonLinesCodec())) {
        long t1 = System.nanoTime();
        List<LogEntry> back = reader.read(0, Integer.MAX_VALUE);
        read[run] = System.nanoTime() - t1;
        long t2 = System.nanoTime();
        ElectionCount folded = Timeline.foldFromZero(nominations, back);
        fold[run] = System.nanoTime() - t2;
        assertThat(folded).isEqualTo(count);
      }
    }
    figures.append(
        String.format(
            Locale.ROOT,
            "| %,d | %d | %d | %d | %d |%n",
            log.size(),
            median(open),
            median(read),
            median(fold),
            median(timeline)));
  }

  /** Median of runs 1..3 in milliseconds; run 0 warms the JIT up. */
  private static long median(long[] nanos) {
    long[] runs = java.util.Arrays.copyOfRange(nanos, 1, nanos.length);
    java.util.Arrays.sort(runs);
    return runs[runs.length / 2] / 1_000_000;
  }
}
