package org.janadesh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.bench.child.Child;
import org.janadesh.bench.child.Probe;
import org.jspecify.annotations.Nullable;

/**
 * One scenario run in a fresh JVM, and what it reported: its phases and its total (timed inside,
 * from {@code main} entry), the process's wall time (timed here, from start to exit, JVM start-up
 * and shutdown included), its answer, metrics and text lines.
 */
record ChildRun(
    String scenario,
    double wallMillis,
    double totalMillis,
    Map<String, Double> phases,
    @Nullable String answer,
    Map<String, Double> metrics,
    List<String> text) {

  /**
   * Runs {@code Child scenario args...} with the same java binary, the JVM options given and the
   * classpath given; its output goes to files under {@code logs}, so this process only waits.
   */
  static ChildRun run(
      String scenario, List<String> args, String classpath, List<String> jvmOptions, Path logs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(Child.class.getName());
    command.add(scenario);
    command.addAll(args);
    try {
      Files.createDirectories(logs);
      Path out = Files.createTempFile(logs, scenario + "-", ".out");
      Path err = Files.createTempFile(logs, scenario + "-", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e6;
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      if (exit != 0) {
        throw new IllegalStateException(
            scenario
                + " failed (exit "
                + exit
                + "):\n"
                + Files.readString(err, StandardCharsets.UTF_8)
                + stdout);
      }
      return parse(scenario, wall, stdout);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + scenario, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + scenario + " ran", e);
    }
  }

  private static ChildRun parse(String scenario, double wall, String stdout) {
    Map<String, Double> phases = new LinkedHashMap<>();
    Map<String, Double> metrics = new LinkedHashMap<>();
    List<String> text = new ArrayList<>();
    double total = Double.NaN;
    String answer = null;
    for (String line : stdout.split("\n", -1)) {
      if (!line.startsWith(Probe.PREFIX)) {
        continue;
      }
      String fact = line.substring(Probe.PREFIX.length());
      String[] words = fact.split(" ", 3);
      switch (words[0]) {
        case "phase" -> phases.put(words[1], Long.parseLong(words[2]) / 1e6);
        case "total" -> total = Long.parseLong(words[1]) / 1e6;
        case "answer" -> answer = fact.substring("answer ".length());
        case "metric" -> metrics.put(words[1], Double.parseDouble(words[2]));
        case "text" -> text.add(fact.substring("text ".length()));
        default -> throw new IllegalStateException(scenario + " reported " + line);
      }
    }
    return new ChildRun(scenario, wall, total, phases, answer, metrics, text);
  }

  double metric(String name) {
    Double value = metrics.get(name);
    if (value == null) {
      throw new IllegalStateException(scenario + " did not report " + name);
    }
    return value;
  }
}
