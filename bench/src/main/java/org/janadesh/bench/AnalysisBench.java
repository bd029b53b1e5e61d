package org.janadesh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * The analysis benchmark (see {@code docs/benchmarks.md}): every contest metric over the whole TCPD
 * file in Janadesh and in DuckDB SQL, each run a fresh JVM, the two taking turns; both must give
 * the same figures. Then person linkage at three sizes of the TCPD candidacies in warmed JVMs, to
 * show how it grows, and {@code Careers.fromArchive} over all bundled data.
 *
 * <p>{@code AnalysisBench [--runs N] [--warmup N] [--link-warmup N] [--link-repeats N] [--jvm-opt
 * OPT]... [--keep]}
 */
public final class AnalysisBench {
  static final String JANADESH = "janadesh-metrics";
  static final String DUCKDB = "duckdb-metrics";
  static final String LINKAGE = "linkage";
  static final List<String> SIZES = List.of("p25", "p50", "p100");

  private final Options options;
  private final PrintStream out;

  private AnalysisBench(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** The command line. */
  record Options(
      int runs,
      int warmup,
      int linkWarmup,
      int linkRepeats,
      List<String> jvmOptions,
      boolean keep) {
    static Options parse(String[] args) {
      int runs = 3;
      int warmup = 1;
      int linkWarmup = 3;
      int linkRepeats = 5;
      boolean keep = false;
      List<String> jvm = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--runs" -> runs = atLeast(1, args, ++i);
          case "--warmup" -> warmup = atLeast(0, args, ++i);
          case "--link-warmup" -> linkWarmup = atLeast(0, args, ++i);
          case "--link-repeats" -> linkRepeats = atLeast(1, args, ++i);
          case "--jvm-opt" -> jvm.add(value(args, ++i));
          case "--keep" -> keep = true;
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + args[i]
                      + "; usage: AnalysisBench [--runs N] [--warmup N] [--link-warmup N]"
                      + " [--link-repeats N] [--jvm-opt OPT]... [--keep]");
        }
      }
      return new Options(runs, warmup, linkWarmup, linkRepeats, List.copyOf(jvm), keep);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }

    private static int atLeast(int least, String[] args, int i) {
      int n = Integer.parseInt(value(args, i));
      if (n < least) {
        throw new IllegalArgumentException(args[i - 1] + " must be at least " + least);
      }
      return n;
    }
  }

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("AnalysisBench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path directory = Files.createTempDirectory("janadesh-analysis-bench-");
    try {
      new AnalysisBench(options, System.out).run(directory);
    } finally {
      if (options.keep()) {
        System.out.println("kept " + directory);
      } else {
        LoadBench.deleteTree(directory);
      }
    }
  }

  private void run(Path directory) {
    Path tcpd = extractTcpd(directory);
    Path logs = directory.resolve("logs");
    String classpath = System.getProperty("java.class.path");
    Map<String, String> classpaths =
        Map.of(
            JANADESH, LoadBench.classpathFor(LoadBench.RAW, classpath),
            DUCKDB, LoadBench.classpathFor(LoadBench.DUCKDB, classpath));

    out.printf(
        Locale.ROOT,
        "Janadesh analysis bench, %s (UTC); JDK %s (%s), %d CPUs, %s %s; load average %s%n",
        LocalDate.now(ZoneOffset.UTC),
        Runtime.version(),
        System.getProperty("java.vm.vendor"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        loadAverage());
    out.printf(
        Locale.ROOT,
        "input: data/%s (%,d bytes, gzip), extracted once; both engines read that file%n",
        TcpdImporter.BUNDLED,
        size(tcpd));
    out.printf(
        Locale.ROOT,
        "each run a fresh JVM: java --enable-native-access=ALL-UNNAMED %s-cp ..."
            + " org.janadesh.bench.child.Child SCENARIO%n",
        options.jvmOptions().isEmpty() ? "" : String.join(" ", options.jvmOptions()) + " ");
    out.printf(
        Locale.ROOT,
        "%d warm-up round(s) discarded, then %d rounds; the two scenarios take turns, first one"
            + " rotating%n%n",
        options.warmup(),
        options.runs());

    List<String> scenarios = List.of(JANADESH, DUCKDB);
    Map<String, List<ChildRun>> runs = new LinkedHashMap<>();
    scenarios.forEach(s -> runs.put(s, new ArrayList<>()));
    for (int round = 0; round < options.warmup() + options.runs(); round++) {
      for (int k = 0; k < scenarios.size(); k++) {
        String scenario = scenarios.get((round + k) % scenarios.size());
        ChildRun run =
            ChildRun.run(
                scenario,
                List.of(tcpd.toString()),
                Objects.requireNonNull(classpaths.get(scenario)),
                options.jvmOptions(),
                logs);
        if (round >= options.warmup()) {
          runsOf(runs, scenario).add(run);
        }
      }
    }
    String answer = requireOneAnswer(runs.values().stream().flatMap(List::stream).toList());
    printMetrics(runs, answer);

    List<ChildRun> linkage = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      linkage.add(
          ChildRun.run(
              LINKAGE,
              List.of(
                  Integer.toString(options.linkWarmup()), Integer.toString(options.linkRepeats())),
              Objects.requireNonNull(classpaths.get(JANADESH)),
              options.jvmOptions(),
              logs));
    }
    printLinkage(linkage);
    out.printf(Locale.ROOT, "%nload average at the end: %s%n", loadAverage());
  }

  private static Path extractTcpd(Path directory) {
    Path target = directory.resolve("csv").resolve(TcpdImporter.BUNDLED);
    try (InputStream in = BundledData.open(TcpdImporter.BUNDLED)) {
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not extract " + TcpdImporter.BUNDLED, e);
    }
    return target;
  }

  /**
   * Every run of both engines must report the same figures; a difference means the two did not
   * compute the same metrics, and the timings would not compare. Fails listing every run's answer.
   */
  private static String requireOneAnswer(List<ChildRun> runs) {
    List<String> distinct =
        runs.stream().map(r -> Objects.toString(r.answer(), "")).distinct().toList();
    if (distinct.size() != 1 || distinct.get(0).isEmpty()) {
      throw new IllegalStateException(
          "MISMATCH: Janadesh and DuckDB disagree on the metrics; not like for like:\n  "
              + String.join(
                  "\n  ", runs.stream().map(r -> r.scenario() + ": " + r.answer()).toList()));
    }
    return distinct.get(0);
  }

  private void printMetrics(Map<String, List<ChildRun>> runs, String answer) {
    List<ChildRun> janadesh = runsOf(runs, JANADESH);
    List<ChildRun> duckdb = runsOf(runs, DUCKDB);
    out.println("metrics over every TCPD contest, ms: median / min / max over runs");
    out.printf(Locale.ROOT, "%-17s | %-26s%n", "scenario", "in-JVM: main() to metrics");
    for (Map.Entry<String, List<ChildRun>> e : runs.entrySet()) {
      out.printf(
          Locale.ROOT,
          "%-17s | %-26s%n",
          e.getKey(),
          triple(Stats.of(values(e.getValue(), ChildRun::totalMillis))));
    }
    out.println(
        "(the process's own start-to-exit time is not shown: after the timed part each JVM"
            + " checks its answer, repeats the work warm and measures its heap)");
    out.println();
    out.println("phases, ms: median [min-max]");
    for (Map.Entry<String, List<ChildRun>> e : runs.entrySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-17s |", e.getKey()));
      for (String phase : e.getValue().get(0).phases().keySet()) {
        Stats s = Stats.of(values(e.getValue(), phase(phase)));
        line.append(
            String.format(
                Locale.ROOT, " %s %.0f [%.0f-%.0f]", phase, s.median(), s.min(), s.max()));
      }
      out.println(line);
    }
    out.println();
    out.println("ratio Janadesh / DuckDB: median / median [per-round range]");
    ratio("total, in-JVM", janadesh, duckdb, ChildRun::totalMillis, ChildRun::totalMillis);
    ratio(
        "parse+compute vs load+query (no registries, no connect)",
        janadesh,
        duckdb,
        r -> phase("parse").applyAsDouble(r) + phase("compute").applyAsDouble(r),
        r -> phase("load").applyAsDouble(r) + phase("query").applyAsDouble(r));
    ratio("parse vs load", janadesh, duckdb, phase("parse"), phase("load"));
    ratio("compute vs query", janadesh, duckdb, phase("compute"), phase("query"));
    double computeWarm = median(janadesh, "compute_warm_ms");
    double queryWarm = median(duckdb, "query_warm_ms");
    out.printf(
        Locale.ROOT,
        "  %-56s %6.2fx (compute %.1f ms, query %.1f ms; best of 10 in each JVM, median)%n",
        "compute vs query, both warm",
        computeWarm / queryWarm,
        computeWarm,
        queryWarm);
    out.println();
    out.printf(
        Locale.ROOT,
        "memory, MB, median: janadesh-metrics heap after full GCs, contests and metrics held"
            + " %.1f; peak RSS to the end of the timed part %.0f | duckdb-metrics duckdb_memory()"
            + " %.1f, JVM heap %.1f; peak RSS %.0f%n",
        median(janadesh, "heap_after_mb"),
        median(janadesh, "peak_rss_mb"),
        median(duckdb, "duckdb_memory_mb"),
        median(duckdb, "heap_after_mb"),
        median(duckdb, "peak_rss_mb"));
    out.printf(
        Locale.ROOT,
        "rows: %.0f in the file; Janadesh rejected %.0f (known defects), DuckDB kept %.0f lines%n",
        median(janadesh, "rows"),
        median(janadesh, "rejections"),
        median(duckdb, "places"));
    out.printf(
        Locale.ROOT,
        "answers (sums of rounded figures; the same in all %d runs of both engines, checked):%n",
        janadesh.size() + duckdb.size());
    out.println("  janadesh-metrics: " + janadesh.get(0).answer());
    out.println("  duckdb-metrics:   " + duckdb.get(0).answer());
    out.println("  agree: " + answer.equals(duckdb.get(0).answer()));
  }

  private void ratio(
      String what,
      List<ChildRun> janadesh,
      List<ChildRun> duckdb,
      ToDoubleFunction<ChildRun> ours,
      ToDoubleFunction<ChildRun> theirs) {
    double ratio =
        Stats.of(values(janadesh, ours)).median() / Stats.of(values(duckdb, theirs)).median();
    List<Double> perRound = new ArrayList<>();
    for (int i = 0; i < Math.min(janadesh.size(), duckdb.size()); i++) {
      perRound.add(ours.applyAsDouble(janadesh.get(i)) / theirs.applyAsDouble(duckdb.get(i)));
    }
    Stats rounds = Stats.of(perRound);
    out.printf(
        Locale.ROOT, "  %-56s %6.2fx [%.2f-%.2f]%n", what, ratio, rounds.min(), rounds.max());
  }

  private void printLinkage(List<ChildRun> runs) {
    ChildRun first = runs.get(0);
    out.println();
    out.printf(
        Locale.ROOT,
        "person linkage: Linkage.link over TCPD's Lok Sabha candidacies (%.0f rows in the file;"
            + " NOTA is not a candidacy), whole election years from the first; %d fresh JVMs,"
            + " each %d untimed links of the whole set, then %d timed rounds of every size%n",
        first.metric("tcpd_rows"),
        runs.size(),
        options.linkWarmup(),
        options.linkRepeats());
    out.printf(
        Locale.ROOT,
        "%-5s | %-9s | %9s | %11s | %-37s | %s%n",
        "size",
        "years",
        "elections",
        "candidacies",
        "ms: median of JVM medians [min-max]",
        "persons");
    for (String size : SIZES) {
      requireSame(runs, size + "_persons");
      Stats link = Stats.of(values(runs, r -> r.metric(size + "_link_ms")));
      out.printf(
          Locale.ROOT,
          "%-5s | %.0f-%.0f | %9.0f | %11.0f | %-37s | %.0f%n",
          size,
          first.metric(size + "_first_year"),
          first.metric(size + "_last_year"),
          first.metric(size + "_elections"),
          first.metric(size + "_candidacies"),
          String.format(Locale.ROOT, "%8.1f [%.1f-%.1f]", link.median(), link.min(), link.max()),
          first.metric(size + "_persons"));
    }
    out.println(
        "growth (time ratio over row ratio; per doubling = 2^exponent: about 2 is linear,"
            + " about 4 quadratic)");
    growth(runs, "p25", "p50");
    growth(runs, "p50", "p100");
    growth(runs, "p25", "p100");
    requireSame(runs, "careers_persons");
    Stats cold = Stats.of(values(runs, r -> r.metric("careers_cold_ms")));
    Stats warm = Stats.of(values(runs, r -> r.metric("careers_warm_ms")));
    Stats retained = Stats.of(values(runs, r -> r.metric("careers_retained_mb")));
    out.printf(
        Locale.ROOT,
        "Careers.fromArchive, all bundled data in memory (%.0f candidacies, %.0f persons):"
            + " first call %.0f ms [%.0f-%.0f], warm %.0f ms [%.0f-%.0f];"
            + " heap it retains %.1f MB [%.1f-%.1f]%n",
        first.metric("careers_candidacies"),
        first.metric("careers_persons"),
        cold.median(),
        cold.min(),
        cold.max(),
        warm.median(),
        warm.min(),
        warm.max(),
        retained.median(),
        retained.min(),
        retained.max());
  }

  private void growth(List<ChildRun> runs, String from, String to) {
    ChildRun first = runs.get(0);
    double rows = first.metric(to + "_candidacies") / first.metric(from + "_candidacies");
    double time =
        Stats.of(values(runs, r -> r.metric(to + "_link_ms"))).median()
            / Stats.of(values(runs, r -> r.metric(from + "_link_ms"))).median();
    double exponent = Math.log(time) / Math.log(rows);
    // Each JVM's own ratio, its sizes timed in the same rounds: less exposed to a noisy neighbour.
    Stats perJvm =
        Stats.of(
            values(
                runs,
                r ->
                    Math.log(r.metric(to + "_link_ms") / r.metric(from + "_link_ms"))
                        / Math.log(rows)));
    out.printf(
        Locale.ROOT,
        "  %-4s -> %-4s: rows x%.2f, time x%.2f, exponent %.2f, per doubling x%.2f"
            + " | per JVM: exponent %.2f [%.2f-%.2f], per doubling x%.2f [%.2f-%.2f]%n",
        from,
        to,
        rows,
        time,
        exponent,
        Math.pow(2, exponent),
        perJvm.median(),
        perJvm.min(),
        perJvm.max(),
        Math.pow(2, perJvm.median()),
        Math.pow(2, perJvm.min()),
        Math.pow(2, perJvm.max()));
  }

  /** Linkage is deterministic: every JVM must find the same number of persons. */
  private static void requireSame(List<ChildRun> runs, String metric) {
    List<Double> distinct = runs.stream().map(r -> r.metric(metric)).distinct().toList();
    if (distinct.size() != 1) {
      throw new IllegalStateException("linkage runs disagree on " + metric + ": " + distinct);
    }
  }

  private static ToDoubleFunction<ChildRun> phase(String name) {
    return r -> r.phases().getOrDefault(name, Double.NaN);
  }

  private static double median(List<ChildRun> runs, String metric) {
    return Stats.of(values(runs, r -> r.metric(metric))).median();
  }

  private static List<ChildRun> runsOf(Map<String, List<ChildRun>> runs, String scenario) {
    return Objects.requireNonNull(runs.get(scenario), scenario);
  }

  private static List<Double> values(List<ChildRun> runs, ToDoubleFunction<ChildRun> metric) {
    return runs.stream().map(r -> metric.applyAsDouble(r)).toList();
  }

  private static String triple(Stats s) {
    return String.format(Locale.ROOT, "%7.0f %7.0f %7.0f", s.median(), s.min(), s.max());
  }

  private static String loadAverage() {
    try {
      String[] words = Files.readString(Path.of("/proc/loadavg")).trim().split(" ", -1);
      return words[0] + " " + words[1] + " " + words[2] + " (1, 5, 15 min)";
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
