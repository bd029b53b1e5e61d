package org.janadesh.bench.child;

import java.nio.file.Path;

/**
 * The main class of every benchmark JVM: {@code Child SCENARIO [ARG...]}. The clock starts at the
 * first statement of {@code main}; the launcher times the whole process on its side.
 *
 * <ul>
 *   <li>{@code janadesh-raw} and {@code janadesh-raw-parallel}
 *   <li>{@code janadesh-sqlite DB}
 *   <li>{@code duckdb-csv CSV_DIR}
 *   <li>{@code warm-raw DB CALLS [histogram]} and {@code warm-sqlite DB CALLS [histogram]}
 *   <li>{@code profile REPEATS}
 *   <li>{@code janadesh-metrics TCPD_GZ} and {@code duckdb-metrics TCPD_GZ} (the analysis bench)
 *   <li>{@code linkage WARMUP REPEATS} (the analysis bench)
 * </ul>
 */
public final class Child {
  private Child() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Probe probe = new Probe(start);
    switch (args[0]) {
      case "janadesh-raw" -> JanadeshRaw.run(probe);
      case "janadesh-raw-parallel" -> JanadeshRawParallel.run(probe);
      case "janadesh-sqlite" -> JanadeshSqlite.run(probe, Path.of(args[1]));
      case "duckdb-csv" -> DuckDbCsv.run(probe, Path.of(args[1]));
      case "warm-raw", "warm-sqlite" ->
          WarmTally.run(
              probe,
              args[0].substring("warm-".length()),
              Path.of(args[1]),
              Integer.parseInt(args[2]),
              args.length > 3 && args[3].equals("histogram"));
      case "profile" -> Profile.run(probe, Integer.parseInt(args[1]));
      case "janadesh-metrics" -> JanadeshMetrics.run(probe, Path.of(args[1]));
      case "duckdb-metrics" -> DuckDbMetrics.run(probe, Path.of(args[1]));
      case "linkage" ->
          LinkageScaling.run(probe, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
    }
    probe.print(System.out);
  }
}
