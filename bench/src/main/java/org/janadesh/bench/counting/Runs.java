package org.janadesh.bench.counting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Timeline;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.CountingLog;
import org.janadesh.store.counting.Outcome;
import org.janadesh.store.counting.SqliteCountingLog;

/** One timed run of each scenario; every run checks its answer against the prepared day. */
final class Runs {
  static final CountSession SESSION =
      CountSession.test(SnapshotReplay.LS_2024, "bench", "counting benchmark");

  private final Day day;
  private final Path dir;
  private int files;

  Runs(Day day, Path dir) {
    this.day = day;
    this.dir = dir;
  }

  /** What a desk run measured: wall time from the first submit to the last answer, latencies. */
  record Ingest(long nanos, Sample latency, int events) {
    double perSecond() {
      return events / (nanos / 1e9);
    }
  }

  Path freshFile() throws IOException {
    Path file = dir.resolve("count-" + files++ + ".db");
    Files.deleteIfExists(file);
    return file;
  }

  void delete(Path file) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
    }
  }

  SqliteCountingLog durableLog(Path file) {
    return SqliteCountingLog.open(
        file, SESSION, new JsonLinesCodec(), SqliteCountingLog.Sync.FULL, Clock.systemUTC());
  }

  /** The snapshot day submitted as fast as one thread can, into a desk over {@code log}. */
  Ingest ingest(CountingLog log, List<Submission> submissions) {
    try (CountingDesk desk = CountingDesk.open(log, day.nominations())) {
      return submitAll(desk, submissions);
    }
  }

  Ingest submitAll(CountingDesk desk, List<Submission> submissions) {
    int n = submissions.size();
    long[] sent = new long[n];
    long[] acked = new long[n];
    List<CompletableFuture<Outcome>> answers = new ArrayList<>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int at = i;
      sent[i] = System.nanoTime();
      answers.add(
          desk.submit(submissions.get(i)).whenComplete((o, e) -> acked[at] = System.nanoTime()));
    }
    for (CompletableFuture<Outcome> a : answers) {
      Outcome o = await(a);
      if (!(o instanceof Outcome.Accepted)) {
        throw new IllegalStateException("not accepted: " + o);
      }
    }
    long nanos = System.nanoTime() - start;
    ElectionCount end = desk.current().value();
    if (!end.equals(day.snapshotEnd())) {
      throw new IllegalStateException("the desk ended elsewhere than the in-memory fold");
    }
    long[] latencies = new long[n];
    for (int i = 0; i < n; i++) {
      latencies[i] = acked[i] - sent[i];
    }
    return new Ingest(nanos, Sample.of(latencies), n);
  }

  private static Outcome await(CompletableFuture<Outcome> a) {
    try {
      return a.get(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  Ingest durable() throws IOException {
    Path file = freshFile();
    try {
      return ingest(durableLog(file), day.snapshot());
    } finally {
      delete(file);
    }
  }

  Ingest memory() {
    return ingest(new MemoryLog(SESSION), day.snapshot());
  }

  /** Raw SQLite, same rows pre-encoded; {@code durable} false means an in-memory database. */
  long raw(boolean durable, List<RawSqlite.Row> rows) throws Exception {
    if (!durable) {
      return RawSqlite.insert(null, rows);
    }
    Path file = freshFile();
    try {
      return RawSqlite.insert(file, rows);
    } finally {
      delete(file);
    }
  }

  /** Phases of a full replay into the durable log, nanos: {source, apply}. */
  long[] replayFromCsv() throws IOException {
    Path file = freshFile();
    try {
      long t0 = System.nanoTime();
      SnapshotReplay.Stream stream = SnapshotReplay.ls2024(day.contests(), day.parties());
      long t1 = System.nanoTime();
      Ingest ingest = ingest(durableLog(file), stream.submissions());
      long t2 = System.nanoTime();
      check(ingest);
      return new long[] {t1 - t0, t2 - t1};
    } finally {
      delete(file);
    }
  }

  long[] replayFromJsonLines() throws IOException {
    Path file = freshFile();
    try {
      long t0 = System.nanoTime();
      CountingLines.Read read = CountingLines.read(day.jsonLines());
      long t1 = System.nanoTime();
      Ingest ingest = ingest(durableLog(file), read.submissions());
      long t2 = System.nanoTime();
      check(ingest);
      if (!read.rejections().isEmpty()) {
        throw new IllegalStateException("JSON lines rejected: " + read.rejections());
      }
      return new long[] {t1 - t0, t2 - t1};
    } finally {
      delete(file);
    }
  }

  private void check(Ingest ingest) {
    if (ingest.events() != day.snapshot().size()) {
      throw new IllegalStateException("replayed " + ingest.events());
    }
  }

  /** The fold of a whole log from zero, nanos. */
  static long fold(Day day, List<org.janadesh.core.counting.LogEntry> log) {
    long t0 = System.nanoTime();
    ElectionCount end = Timeline.foldFromZero(day.nominations(), log);
    long nanos = System.nanoTime() - t0;
    if (end.sequence() != log.size()) {
      throw new IllegalStateException("fold ended at " + end.sequence());
    }
    return nanos;
  }

  /** Opening a desk over a durable log of {@code entries} (read, decode, fold), nanos. */
  long startUp(Path file, int entries) {
    long t0 = System.nanoTime();
    try (CountingDesk desk = CountingDesk.open(durableLog(file), day.nominations())) {
      long nanos = System.nanoTime() - t0;
      if (desk.current().sequence() != entries) {
        throw new IllegalStateException("start-up folded " + desk.current().sequence());
      }
      return nanos;
    }
  }
}
