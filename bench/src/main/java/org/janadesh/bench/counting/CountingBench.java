package org.janadesh.bench.counting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Timeline;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.SqliteCountingLog;

/**
 * The live-counting benchmark (docs/benchmarks.md, "Live counting"). Everything runs in one JVM:
 * the inputs are prepared untimed, {@code --warmup} rounds are discarded, then {@code --runs}
 * rounds run every scenario once each, the first scenario rotating from round to round so noise
 * falls on all of them. Each figure is printed with its baseline measured in the same run (raw
 * SQLite) or its target.
 */
public final class CountingBench {
  private static final PrintStream OUT = System.out;

  /** 19:00 IST on counting day. */
  static final Instant SEVEN_PM_IST = Instant.parse("2024-06-04T13:30:00Z");

  private CountingBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("--child-replay")) {
      ColdReplay.child(args[1], Path.of(args[2]), Path.of(args[3]));
      return;
    }
    int runs = 5;
    int warmup = 1;
    int asOfCalls = 500;
    int heavyRounds = 180;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--asof-calls" -> asOfCalls = Integer.parseInt(args[++i]);
        case "--heavy-rounds" -> heavyRounds = Integer.parseInt(args[++i]);
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dir = Files.createTempDirectory("janadesh-counting-bench");
    long p0 = System.nanoTime();
    Day day = Day.prepare(dir, heavyRounds);
    List<RawSqlite.Row> rows = RawSqlite.encode(day.snapshotLog(), new JsonLinesCodec());
    Runs run = new Runs(day, dir);
    Path heavyFile = dir.resolve("heavy.db");
    try (SqliteCountingLog log =
        SqliteCountingLog.open(
            heavyFile,
            Runs.SESSION,
            new JsonLinesCodec(),
            SqliteCountingLog.Sync.NORMAL,
            Clock.systemUTC())) {
      List<LogEntry> heavy = day.heavyLog();
      for (int i = 0; i < heavy.size(); i += 10_000) {
        log.append(heavy.subList(i, Math.min(heavy.size(), i + 10_000)));
      }
    }
    OUT.printf(
        Locale.ROOT,
        "prepared in %.1f s: snapshot day %,d submissions, synthetic day %,d, heavy day %,d"
            + " (%d rounds); %d cores; java %s%n",
        (System.nanoTime() - p0) / 1e9,
        day.snapshot().size(),
        day.syntheticLog().size(),
        day.heavyLog().size(),
        heavyRounds,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));

    Map<String, List<Double>> figures = new LinkedHashMap<>();
    Map<String, Task> tasks = new LinkedHashMap<>();
    int[] cold = {0};
    tasks.put(
        "ingest-durable",
        () -> {
          Runs.Ingest i = run.durable();
          Sample lat = i.latency();
          put(figures, "ingest-durable events/s", i.perSecond());
          put(figures, "ingest-durable p50 ms", lat.p50() / 1e6);
          put(figures, "ingest-durable p99 ms", lat.p99() / 1e6);
        });
    tasks.put(
        "ingest-memory",
        () -> {
          Runs.Ingest i = run.memory();
          Sample lat = i.latency();
          put(figures, "ingest-memory events/s", i.perSecond());
          put(figures, "ingest-memory p50 ms", lat.p50() / 1e6);
          put(figures, "ingest-memory p99 ms", lat.p99() / 1e6);
        });
    tasks.put(
        "raw-durable",
        () -> put(figures, "raw-durable rows/s", rows.size() / (run.raw(true, rows) / 1e9)));
    tasks.put(
        "raw-memory",
        () -> put(figures, "raw-memory rows/s", rows.size() / (run.raw(false, rows) / 1e9)));
    tasks.put(
        "replay-csv",
        () -> {
          long[] p = run.replayFromCsv();
          put(figures, "replay-csv convert s", p[0] / 1e9);
          put(figures, "replay-csv apply s", p[1] / 1e9);
          put(figures, "replay-csv total s", (p[0] + p[1]) / 1e9);
        });
    tasks.put(
        "replay-jsonl",
        () -> {
          long[] p = run.replayFromJsonLines();
          put(figures, "replay-jsonl read s", p[0] / 1e9);
          put(figures, "replay-jsonl apply s", p[1] / 1e9);
          put(figures, "replay-jsonl total s", (p[0] + p[1]) / 1e9);
        });
    for (String mode : List.of("csv", "jsonl")) {
      tasks.put(
          "cold-replay-" + mode,
          () -> {
            long[] p = ColdReplay.run(mode, day.jsonLines(), dir, cold[0]++);
            if (p[2] != day.snapshot().size()) {
              throw new IllegalStateException("the cold replay sent " + p[2]);
            }
            put(figures, "cold-replay-" + mode + " source s", p[0] / 1e9);
            put(figures, "cold-replay-" + mode + " apply s", p[1] / 1e9);
            put(figures, "cold-replay-" + mode + " total s", (p[0] + p[1]) / 1e9);
          });
    }
    tasks.put(
        "fold",
        () -> {
          put(figures, "fold snapshot-day ms", Runs.fold(day, day.snapshotLog()) / 1e6);
          put(figures, "fold synthetic-day ms", Runs.fold(day, day.syntheticLog()) / 1e6);
          put(figures, "fold heavy-day ms", Runs.fold(day, day.heavyLog()) / 1e6);
        });
    tasks.put(
        "startup-heavy",
        () ->
            put(
                figures,
                "startup heavy-day ms",
                run.startUp(heavyFile, day.heavyLog().size()) / 1e6));

    List<Map.Entry<String, Task>> order = new ArrayList<>(tasks.entrySet());
    for (int round = 0; round < warmup + runs; round++) {
      Map<String, List<Double>> before = new LinkedHashMap<>(figures);
      for (int k = 0; k < order.size(); k++) {
        order.get((k + round) % order.size()).getValue().run();
      }
      if (round < warmup) { // a warm-up round: forget what it measured
        figures.clear();
        figures.putAll(before);
      }
      System.err.printf(Locale.ROOT, "round %d/%d done%n", round + 1, warmup + runs);
    }

    OUT.println();
    OUT.println("figure                        |     median        min        max   (runs)");
    figures.forEach(
        (k, v) ->
            OUT.printf(
                Locale.ROOT,
                "%-29s | %10.3f %10.3f %10.3f   (%d)%n",
                k,
                Sample.median(v),
                Sample.min(v),
                Sample.max(v),
                v.size()));

    OUT.println();
    OUT.println("against baselines and targets (median / median)");
    ratio(
        figures, "ingest-durable events/s", "raw-durable rows/s", "raw SQLite durable", 0.5, true);
    ratio(figures, "ingest-memory events/s", "raw-memory rows/s", "raw SQLite in memory", 0, true);
    target(figures, "replay-csv total s", 5, "s");
    target(figures, "replay-jsonl total s", 5, "s");
    target(figures, "cold-replay-csv total s", 5, "s");
    target(figures, "cold-replay-jsonl total s", 5, "s");

    asOf(day, run, asOfCalls);
    if (!keep) {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    } else {
      OUT.println("kept " + dir);
    }
  }

  /** As-of reads after the whole snapshot day, warm: the desk's and core's Timeline. */
  private static void asOf(Day day, Runs run, int calls) throws IOException {
    Path file = run.freshFile();
    try (CountingDesk desk = CountingDesk.open(run.durableLog(file), day.nominations())) {
      run.submitAll(desk, day.snapshot());
      long middle = day.snapshotLog().size() / 2;
      Timeline timeline = Timeline.of(day.nominations(), day.snapshotLog(), 1_000);
      Map<String, Supplier<ElectionCount>> reads = new LinkedHashMap<>();
      reads.put("desk as of 19:00 IST", () -> desk.asOfTime(SEVEN_PM_IST).value());
      reads.put("desk as of sequence " + middle, () -> desk.asOfSequence(middle).value());
      reads.put("Timeline as of 19:00 IST", () -> timeline.asOfTime(SEVEN_PM_IST));
      reads.put("Timeline as of seq " + middle, () -> timeline.asOfSequence(middle));
      OUT.println();
      OUT.println("as-of reads after the whole snapshot day, warm (target <= 50 ms)");
      for (Map.Entry<String, Supplier<ElectionCount>> r : reads.entrySet()) {
        long until = System.nanoTime() + 2_000_000_000L;
        ElectionCount seen = r.getValue().get();
        while (System.nanoTime() < until) {
          seen = r.getValue().get();
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
          long t0 = System.nanoTime();
          seen = r.getValue().get();
          nanos[i] = System.nanoTime() - t0;
        }
        Sample s = Sample.of(nanos);
        OUT.printf(
            Locale.ROOT,
            "%-29s | p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms  (%d calls; %,d entries folded in)"
                + "  %s%n",
            r.getKey(),
            s.p50() / 1e6,
            s.p99() / 1e6,
            s.max() / 1e6,
            calls,
            seen.sequence(),
            s.p99() / 1e6 <= 50 ? "ok" : "MISSED");
      }
    } finally {
      run.delete(file);
    }
  }

  private interface Task {
    void run() throws Exception;
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static void ratio(
      Map<String, List<Double>> f,
      String ours,
      String base,
      String label,
      double target,
      boolean higherIsBetter) {
    double a = Sample.median(f.getOrDefault(ours, List.of()));
    double b = Sample.median(f.getOrDefault(base, List.of()));
    double r = a / b;
    String verdict =
        target <= 0 ? "" : (higherIsBetter ? r >= target : r <= target) ? " ok" : " MISSED";
    OUT.printf(
        Locale.ROOT,
        "%-29s | %.3fx %s%s%s%n",
        ours,
        r,
        label,
        target > 0 ? " (target >= " + target + "x)" : "",
        verdict);
  }

  private static void target(Map<String, List<Double>> f, String ours, double limit, String unit) {
    double a = Sample.median(f.getOrDefault(ours, List.of()));
    OUT.printf(
        Locale.ROOT,
        "%-29s | %.3f %s = %.3fx the %s %s target%s%n",
        ours,
        a,
        unit,
        a / limit,
        limit,
        unit,
        a <= limit ? " ok" : " MISSED");
  }
}
