package org.janadesh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The cold-load benchmark against DuckDB (see {@code docs/benchmarks.md}): every run of a scenario
 * is a fresh JVM, scenarios take turns within each round (the first one rotating) so the machine's
 * noise falls on all of them, and ratios are taken against DuckDB measured in the same run.
 *
 * <p>{@code LoadBench [--runs N] [--warmup N] [--tally-calls N] [--profile] [--what-if] [--aot]
 * [--jvm-opt OPT]... [--keep]}
 *
 * <p>{@code --what-if} adds {@code janadesh-raw-parallel}, a change to the product sized before it
 * is made. {@code --aot} (JDK 25+) gives every cold scenario, DuckDB's included, an AOT cache made
 * by one untimed training run of that scenario ({@code -XX:AOTCacheOutput}), to size what shipping
 * one would save.
 */
public final class LoadBench {
  static final String RAW = "janadesh-raw";
  static final String SQLITE = "janadesh-sqlite";
  static final String DUCKDB = "duckdb-csv";
  static final String RAW_PARALLEL = "janadesh-raw-parallel";

  static final double RATIO_TARGET = 1.5;
  static final double TALLY_TARGET_MICROS = 1_000;
  static final double HEAP_TARGET_MB = 200;

  private final Options options;
  private final PrintStream out;

  private LoadBench(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** The command line. */
  record Options(
      int runs,
      int warmup,
      int tallyCalls,
      boolean profile,
      boolean whatIf,
      boolean aot,
      List<String> jvmOptions,
      boolean keep) {
    static Options parse(String[] args) {
      int runs = 5;
      int warmup = 1;
      int calls = 20_000;
      boolean profile = false;
      boolean whatIf = false;
      boolean aot = false;
      boolean keep = false;
      List<String> jvm = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--runs" -> runs = positive(args, ++i);
          case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
          case "--tally-calls" -> calls = positive(args, ++i);
          case "--profile" -> profile = true;
          case "--what-if" -> whatIf = true;
          case "--aot" -> aot = true;
          case "--jvm-opt" -> jvm.add(value(args, ++i));
          case "--keep" -> keep = true;
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + args[i]
                      + "; usage: LoadBench [--runs N] [--warmup N] [--tally-calls N] [--profile]"
                      + " [--what-if] [--aot] [--jvm-opt OPT]... [--keep]");
        }
      }
      if (aot && Runtime.version().feature() < 25) {
        throw new IllegalArgumentException("--aot needs JDK 25 or newer (-XX:AOTCacheOutput)");
      }
      return new Options(runs, warmup, calls, profile, whatIf, aot, List.copyOf(jvm), keep);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }

    private static int positive(String[] args, int i) {
      int n = Integer.parseInt(value(args, i));
      if (n < 1) {
        throw new IllegalArgumentException(args[i - 1] + " must be at least 1");
      }
      return n;
    }
  }

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("LoadBench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path directory = Files.createTempDirectory("janadesh-load-bench-");
    try {
      new LoadBench(options, System.out).run(directory);
    } finally {
      if (options.keep()) {
        System.out.println("kept " + directory);
      } else {
        deleteTree(directory);
      }
    }
  }

  private void run(Path directory) {
    long preparing = System.nanoTime();
    Fixtures fixtures = Fixtures.prepare(directory);
    double prepared = (System.nanoTime() - preparing) / 1e9;
    Path logs = directory.resolve("logs");
    String classpath = System.getProperty("java.class.path");
    List<String> scenarios =
        options.whatIf()
            ? List.of(RAW, SQLITE, DUCKDB, RAW_PARALLEL)
            : List.of(RAW, SQLITE, DUCKDB);
    Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
    for (String scenario : scenarios) {
      jvmOptions.put(scenario, options.jvmOptions());
    }
    if (options.aot()) {
      Path caches = directory.resolve("aot");
      for (String scenario : scenarios) {
        Path cache = caches.resolve(scenario + ".aot");
        List<String> training = new ArrayList<>(options.jvmOptions());
        training.add("-XX:AOTCacheOutput=" + cache);
        ChildRun.run(
            scenario,
            coldArgs(scenario, fixtures),
            classpathFor(scenario, classpath),
            training,
            logs);
        List<String> using = new ArrayList<>(options.jvmOptions());
        using.add("-XX:AOTCache=" + cache);
        jvmOptions.put(scenario, List.copyOf(using));
      }
    }

    out.printf(
        Locale.ROOT,
        "Janadesh load bench, %s (UTC); JDK %s (%s), %d CPUs, %s %s%n",
        LocalDate.now(ZoneOffset.UTC),
        Runtime.version(),
        System.getProperty("java.vm.vendor"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
    out.printf(
        Locale.ROOT,
        "each run a fresh JVM: java --enable-native-access=ALL-UNNAMED %s%s-cp ... %s%n",
        options.jvmOptions().isEmpty() ? "" : String.join(" ", options.jvmOptions()) + " ",
        options.aot() ? "-XX:AOTCache=SCENARIO.aot " : "",
        "org.janadesh.bench.child.Child SCENARIO");
    out.printf(
        Locale.ROOT,
        "fixtures (untimed, %.1f s): bundled CSVs extracted for DuckDB; store with %d contests%n",
        prepared,
        fixtures.contestsStored());
    out.printf(
        Locale.ROOT,
        "%d warm-up round(s) discarded, then %d rounds; scenarios take turns, first one rotating%n%n",
        options.warmup(),
        options.runs());

    Map<String, List<ChildRun>> cold = new LinkedHashMap<>();
    scenarios.forEach(s -> cold.put(s, new ArrayList<>()));
    for (int round = 0; round < options.warmup() + options.runs(); round++) {
      for (int k = 0; k < scenarios.size(); k++) {
        String scenario = scenarios.get((round + k) % scenarios.size());
        ChildRun run =
            ChildRun.run(
                scenario,
                coldArgs(scenario, fixtures),
                classpathFor(scenario, classpath),
                Objects.requireNonNull(jvmOptions.get(scenario)),
                logs);
        if (round >= options.warmup()) {
          runsOf(cold, scenario).add(run);
        }
      }
    }
    String answer = requireOneAnswer(cold.values().stream().flatMap(List::stream).toList());
    printCold(cold, answer);

    String janadeshClasspath = classpathFor(RAW, classpath);
    String histogram = options.profile() ? "histogram" : "";
    List<ChildRun> warm = new ArrayList<>();
    for (String source : List.of("warm-raw", "warm-sqlite")) {
      List<String> args =
          Stream.of(fixtures.db().toString(), Integer.toString(options.tallyCalls()), histogram)
              .filter(s -> !s.isEmpty())
              .toList();
      warm.add(ChildRun.run(source, args, janadeshClasspath, options.jvmOptions(), logs));
    }
    requireOneAnswer(Stream.concat(warm.stream(), Stream.of(runsOf(cold, RAW).get(0))).toList());
    printWarm(warm);

    if (options.profile()) {
      ChildRun profile =
          ChildRun.run("profile", List.of("5"), janadeshClasspath, options.jvmOptions(), logs);
      out.println();
      out.println("profile of janadesh-raw (one fresh JVM):");
      profile.text().forEach(line -> out.println("  " + line));
      for (ChildRun run : warm) {
        out.println();
        out.println(
            "heap after load, " + run.scenario() + ", by class (GC.class_histogram, top 25):");
        run.text().forEach(line -> out.println("  " + line.replaceFirst("^histogram ", "")));
      }
    }
  }

  private static List<String> coldArgs(String scenario, Fixtures fixtures) {
    return switch (scenario) {
      case RAW, RAW_PARALLEL -> List.of();
      case SQLITE -> List.of(fixtures.db().toString());
      case DUCKDB -> List.of(fixtures.csvDirectory().toString());
      default -> throw new IllegalArgumentException(scenario);
    };
  }

  /**
   * Janadesh's JVMs do not get DuckDB's 80 MB jar; DuckDB's get it right after the bench classes,
   * so that finding its classes does not first open every Janadesh jar.
   */
  static String classpathFor(String scenario, String classpath) {
    String separator = System.getProperty("path.separator");
    List<String> entries = List.of(classpath.split(java.util.regex.Pattern.quote(separator)));
    List<String> duckdb =
        entries.stream()
            .filter(e -> Path.of(e).getFileName().toString().startsWith("duckdb_jdbc"))
            .toList();
    List<String> others = entries.stream().filter(e -> !duckdb.contains(e)).toList();
    if (!scenario.equals(DUCKDB)) {
      return String.join(separator, others);
    }
    List<String> ordered = new ArrayList<>();
    ordered.add(others.get(0));
    ordered.addAll(duckdb);
    ordered.addAll(others.subList(1, others.size()));
    return String.join(separator, ordered);
  }

  /** Every run must have computed the same 2024 tally; fails listing them if not. */
  private static String requireOneAnswer(List<ChildRun> runs) {
    List<String> answers = runs.stream().map(r -> r.scenario() + ": " + r.answer()).toList();
    List<String> distinct =
        runs.stream().map(r -> Objects.toString(r.answer(), "")).distinct().toList();
    if (distinct.size() != 1 || distinct.get(0).isEmpty()) {
      throw new IllegalStateException(
          "the engines disagree on the 2024 tally; not like for like:\n  "
              + String.join("\n  ", answers));
    }
    return distinct.get(0);
  }

  private static List<ChildRun> runsOf(Map<String, List<ChildRun>> runs, String scenario) {
    return Objects.requireNonNull(runs.get(scenario), scenario);
  }

  private void printCold(Map<String, List<ChildRun>> cold, String answer) {
    out.println("cold load + national 2024 tally, ms (median / min / max over runs)");
    out.printf(
        Locale.ROOT,
        "%-21s | %-26s | %-26s%n",
        "scenario",
        "in-JVM: main() to tally",
        "process: start to exit");
    for (Map.Entry<String, List<ChildRun>> e : cold.entrySet()) {
      out.printf(
          Locale.ROOT,
          "%-21s | %-26s | %-26s%n",
          e.getKey(),
          triple(Stats.of(values(e.getValue(), ChildRun::totalMillis))),
          triple(Stats.of(values(e.getValue(), ChildRun::wallMillis))));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "ratio to %s, median / median [per-round range]; target <= %.1fx%n",
        DUCKDB,
        RATIO_TARGET);
    for (String scenario : cold.keySet()) {
      if (scenario.equals(DUCKDB)) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-21s | in-JVM %s | process %s%n",
          scenario,
          ratio(runsOf(cold, scenario), runsOf(cold, DUCKDB), ChildRun::totalMillis),
          ratio(runsOf(cold, scenario), runsOf(cold, DUCKDB), ChildRun::wallMillis));
    }
    double duckdbWork =
        Stats.of(
                values(
                    runsOf(cold, DUCKDB),
                    r -> r.totalMillis() - r.phases().getOrDefault("connect", 0.0)))
            .median();
    out.printf(
        Locale.ROOT,
        "same, against %s without its connect phase (driver, native library extracted and"
            + " loaded, database opened): %s%n",
        DUCKDB,
        String.join(
            ", ",
            cold.keySet().stream()
                .filter(s -> !s.equals(DUCKDB))
                .map(
                    s ->
                        String.format(
                            Locale.ROOT,
                            "%s %.3fx",
                            s,
                            Stats.of(values(runsOf(cold, s), ChildRun::totalMillis)).median()
                                / duckdbWork))
                .toList()));
    out.println();
    out.println("phases, median ms (in-JVM)");
    for (Map.Entry<String, List<ChildRun>> e : cold.entrySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-21s |", e.getKey()));
      for (String phase : e.getValue().get(0).phases().keySet()) {
        line.append(
            String.format(
                Locale.ROOT,
                " %s %.1f",
                phase,
                Stats.of(values(e.getValue(), r -> r.phases().getOrDefault(phase, Double.NaN)))
                    .median()));
      }
      out.println(line);
    }
    out.println();
    out.println("runs, in-JVM ms in run order");
    for (Map.Entry<String, List<ChildRun>> e : cold.entrySet()) {
      out.printf(
          Locale.ROOT,
          "%-21s | %s%n",
          e.getKey(),
          String.join(
              " ",
              e.getValue().stream()
                  .map(r -> String.format(Locale.ROOT, "%.0f", r.totalMillis()))
                  .toList()));
    }
    ChildRun raw = runsOf(cold, RAW).get(0);
    out.printf(
        Locale.ROOT,
        "%nloaded: %.0f rows read, %.0f elections, %.0f contests (%.0f rows rejected by the"
            + " importers as known source defects); DuckDB loaded %.0f rows%n",
        raw.metric("rows"),
        raw.metric("elections"),
        raw.metric("contests"),
        raw.metric("rejections"),
        runsOf(cold, DUCKDB).get(0).metric("rows"));
    out.println("2024 tally, same in every run of every engine: " + answer);
  }

  private void printWarm(List<ChildRun> warm) {
    out.println();
    out.printf(
        Locale.ROOT,
        "warm, one JVM per source, after loading all bundled data: heap in use after full GCs"
            + " (MemoryMXBean; target <= %.0f MB), live objects (class histogram), empty-JVM"
            + " figures in brackets; then the 2024 tally over the loaded contests, µs per call"
            + " (target <= %.0f µs)%n",
        HEAP_TARGET_MB,
        TALLY_TARGET_MICROS);
    out.printf(
        Locale.ROOT,
        "%-12s | %-14s | %-14s | %-31s | %-31s | %s%n",
        "source",
        "heap MB",
        "live MB",
        "India: median / p99 / max (>1ms)",
        "Bihar: median / p99 / max (>1ms)",
        "calls");
    for (ChildRun run : warm) {
      out.printf(
          Locale.ROOT,
          "%-12s | %-14s | %-14s | %-31s | %-31s | %.0f%n",
          run.scenario(),
          String.format(
              Locale.ROOT,
              "%.1f [%.1f]",
              run.metric("heap_after_load_mb"),
              run.metric("heap_empty_mb")),
          String.format(
              Locale.ROOT,
              "%.1f [%.1f]",
              run.metric("live_after_load_mb"),
              run.metric("live_empty_mb")),
          latency(run, "india"),
          latency(run, "bihar"),
          run.metric("calls"));
    }
    double heap =
        warm.stream().mapToDouble(r -> r.metric("heap_after_load_mb")).max().orElse(Double.NaN);
    double p99 =
        warm.stream()
            .flatMap(r -> Stream.of(r.metric("tally_india_p99_us"), r.metric("tally_bihar_p99_us")))
            .max(Comparator.naturalOrder())
            .orElse(Double.NaN);
    out.printf(
        Locale.ROOT,
        "heap: %s (largest %.1f MB); tally: %s (largest p99 %.1f µs)%n",
        heap <= HEAP_TARGET_MB ? "meets target" : "MISSES target",
        heap,
        p99 <= TALLY_TARGET_MICROS ? "meets target" : "MISSES target",
        p99);
  }

  private static String latency(ChildRun run, String scope) {
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f / %.1f (%.0f)",
        run.metric("tally_" + scope + "_median_us"),
        run.metric("tally_" + scope + "_p99_us"),
        run.metric("tally_" + scope + "_max_us"),
        run.metric("tally_" + scope + "_over_1ms"));
  }

  private static String triple(Stats s) {
    return String.format(Locale.ROOT, "%7.0f %7.0f %7.0f", s.median(), s.min(), s.max());
  }

  private static String ratio(
      List<ChildRun> runs, List<ChildRun> baseline, ToDoubleFunction<ChildRun> metric) {
    double ratio =
        Stats.of(values(runs, metric)).median() / Stats.of(values(baseline, metric)).median();
    List<Double> perRound = new ArrayList<>();
    for (int i = 0; i < Math.min(runs.size(), baseline.size()); i++) {
      perRound.add(metric.applyAsDouble(runs.get(i)) / metric.applyAsDouble(baseline.get(i)));
    }
    Stats rounds = Stats.of(perRound);
    return String.format(
        Locale.ROOT,
        "%.3fx [%.2f-%.2f] %-4s",
        ratio,
        rounds.min(),
        rounds.max(),
        ratio <= RATIO_TARGET ? "ok" : "MISS");
  }

  private static List<Double> values(List<ChildRun> runs, ToDoubleFunction<ChildRun> metric) {
    return runs.stream().map(r -> metric.applyAsDouble(r)).toList();
  }

  static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
