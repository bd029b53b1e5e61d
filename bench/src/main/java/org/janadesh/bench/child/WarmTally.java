package org.janadesh.bench.child;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.janadesh.core.geography.StateCode;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * Scenario {@code warm-raw} / {@code warm-sqlite}: loads all bundled data into memory (from the
 * files, or from the store), measures the heap it holds, then times the 2024 tallies (India, and
 * Bihar picked out of India's contests) over the loaded contests in the warmed JVM.
 */
final class WarmTally {
  private static final double MB = 1024.0 * 1024.0;
  private static final long WARMUP_MILLIS = 2_000;
  private static final int HISTOGRAM_LINES = 25;

  private WarmTally() {}

  static void run(Probe probe, String source, Path db, int calls, boolean histogram)
      throws JMException, InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // The histogram's MBean server is started before either measurement, so both include it.
    double liveEmpty = histogram(probe, false);
    double baseline = usedAfterGc(memory);
    Loaded loaded = load(source, db);
    probe.lap("load");
    double after = usedAfterGc(memory);
    double live = histogram(probe, histogram);
    probe.metric("heap_empty_mb", baseline);
    probe.metric("heap_after_load_mb", after);
    probe.metric("live_empty_mb", liveEmpty);
    probe.metric("live_after_load_mb", live);
    probe.metric("contests", loaded.contestCount());
    probe.answer(Answer.of(loaded.tallyIndia(Loaded.LS_2024)).requireDeclared("warm-" + source));

    StateCode bihar = loaded.registries().states().find("Bihar", 2024).orElseThrow().code();
    report(
        probe,
        "india",
        Latency.measure(() -> loaded.tallyIndia(Loaded.LS_2024), calls, WARMUP_MILLIS));
    report(
        probe,
        "bihar",
        Latency.measure(
            () -> loaded.tallyState(Loaded.LS_2024, bihar, "Bihar"), calls, WARMUP_MILLIS));
    probe.metric("calls", calls);
    // Still reachable here, so the heap figure above held all of it.
    probe.metric("elections", loaded.elections().size());
  }

  private static Loaded load(String source, Path db) {
    Registries registries = Registries.loadBundled();
    if (source.equals("raw")) {
      return Loaded.fromImports(registries, BundledImport.run(registries));
    }
    try (SqliteArchive archive = SqliteArchive.open(db)) {
      return Loaded.fromStore(registries, archive);
    }
  }

  private static void report(Probe probe, String name, long[] sorted) {
    probe.metric("tally_" + name + "_median_us", Latency.percentile(sorted, 50) / 1_000.0);
    probe.metric("tally_" + name + "_p99_us", Latency.percentile(sorted, 99) / 1_000.0);
    probe.metric("tally_" + name + "_mean_us", Latency.mean(sorted) / 1_000.0);
    probe.metric("tally_" + name + "_max_us", sorted[sorted.length - 1] / 1_000.0);
    probe.metric("tally_" + name + "_over_1ms", Latency.over(sorted, 1_000_000L));
  }

  /** Heap in use after full collections, in MB; repeated until it stops falling. */
  private static double usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      memory.gc();
      Thread.sleep(50);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        break;
      }
      used = now;
    }
    return used / MB;
  }

  /**
   * The live objects by class, largest first: the {@code GC.class_histogram} diagnostic command
   * (which collects first), run in this JVM through its platform MBean rather than by attaching
   * {@code jcmd}. Returns the live bytes in MB, exact where the heap's "used" is counted in
   * regions; the top classes are reported when {@code show}.
   */
  private static double histogram(Probe probe, boolean show) throws JMException {
    Object out =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    int shown = 0;
    double total = Double.NaN;
    for (String line : String.valueOf(out).split("\n", -1)) {
      boolean classLine = line.matches("\\s*\\d+:.*");
      if (line.startsWith("Total")) {
        String[] words = line.trim().split("\\s+", -1);
        total = Long.parseLong(words[words.length - 1]) / MB;
      }
      if (!show) {
        continue;
      }
      if (line.startsWith("Total") || line.contains("#instances") || line.startsWith("-")) {
        probe.text("histogram " + line);
      } else if (classLine && shown++ < HISTOGRAM_LINES) {
        probe.text("histogram " + line);
      }
    }
    return total;
  }
}
