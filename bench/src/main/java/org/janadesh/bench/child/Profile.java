package org.janadesh.bench.child;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.Importers;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.CsvFile;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.SourceBytes;
import org.jspecify.annotations.Nullable;

/**
 * Scenario {@code profile}: where the raw load's time goes. First the steps of {@link
 * BundledImport#run} one by one in this fresh JVM (cold: class loading, interpreter and JIT
 * included), then each file's import split into stages and repeated until warm, keeping each
 * stage's best time: reading the stored bytes, their SHA-256, gunzip alone, gunzip plus CSV parsing
 * (the product's {@link CsvFile#read} with rows kept as read), and the whole import. What the whole
 * import spends beyond CSV parsing is turning rows into checked records and contests.
 */
final class Profile {
  private Profile() {}

  static void run(Probe probe, int repeats) {
    long start = System.nanoTime();
    Registries registries = Registries.loadBundled();
    double registriesCold = millisSince(start);
    List<Importers.Format> formats = Importers.formats();
    double[] cold = new double[formats.size()];
    int[] rows = new int[formats.size()];
    for (int i = 0; i < formats.size(); i++) {
      long t = System.nanoTime();
      ImportResult result = BundledImport.importBundled(formats.get(i), registries);
      cold[i] = millisSince(t);
      rows[i] = result.rowsRead();
    }
    long t = System.nanoTime();
    Set<ConstituencyId> listed = BundledImport.eci2019SeatsListed();
    double listedCold = millisSince(t);

    double registriesWarm = Double.MAX_VALUE;
    double listedWarm = Double.MAX_VALUE;
    double[][] warm = new double[formats.size()][5];
    for (double[] stages : warm) {
      Arrays.fill(stages, Double.MAX_VALUE);
    }
    for (int r = 0; r < repeats; r++) {
      t = System.nanoTime();
      registries = Registries.loadBundled();
      registriesWarm = Math.min(registriesWarm, millisSince(t));
      for (int i = 0; i < formats.size(); i++) {
        String path = formats.get(i).bundledFile();
        double[] best = warm[i];
        t = System.nanoTime();
        SourceBytes bytes = BundledData.read(path);
        best[0] = Math.min(best[0], millisSince(t));
        t = System.nanoTime();
        String sha = bytes.sha256();
        best[1] = Math.min(best[1], millisSince(t));
        t = System.nanoTime();
        long plain = gunzip(bytes);
        best[2] = Math.min(best[2], millisSince(t));
        t = System.nanoTime();
        int parsed = parse(path, bytes);
        best[3] = Math.min(best[3], millisSince(t));
        t = System.nanoTime();
        ImportResult result = BundledImport.importBundled(formats.get(i), registries);
        best[4] = Math.min(best[4], millisSince(t));
        if (parsed != result.rowsRead() || sha.isEmpty() || plain <= 0) {
          throw new IllegalStateException(
              path + ": parsed " + parsed + " rows, imported " + result.rowsRead());
        }
      }
      t = System.nanoTime();
      listed = BundledImport.eci2019SeatsListed();
      listedWarm = Math.min(listedWarm, millisSince(t));
    }

    probe.text(
        String.format(
            Locale.ROOT,
            "%-48s %7s %8s | %6s %6s %6s %6s %8s %7s",
            "step (ms)",
            "rows",
            "cold",
            "read",
            "sha256",
            "gunzip",
            "csv",
            "convert",
            "warm"));
    probe.text(
        row("registries (states, parties, aliases)", 0, registriesCold, null, registriesWarm));
    double coldSum = registriesCold + listedCold;
    double warmSum = registriesWarm + listedWarm;
    for (int i = 0; i < formats.size(); i++) {
      probe.text(row(formats.get(i).bundledFile(), rows[i], cold[i], warm[i], warm[i][4]));
      coldSum += cold[i];
      warmSum += warm[i][4];
    }
    probe.text(
        row(
            "ls2019 again: seats the ECI file lists (" + listed.size() + ")",
            0,
            listedCold,
            null,
            listedWarm));
    probe.text(row("all of BundledImport.run + registries", 0, coldSum, null, warmSum));
    probe.text(
        "cold = first call in a fresh JVM; warm = best of "
            + repeats
            + " repeats. read = bytes from the jar; gunzip = inflate alone; csv = parse beyond"
            + " gunzip; convert = import - read - sha256 - gunzip - csv.");
  }

  private static String row(
      String step, int rows, double cold, double @Nullable [] stages, double warm) {
    if (stages == null) {
      return String.format(
          Locale.ROOT,
          "%-48s %7s %8.1f | %6s %6s %6s %6s %8s %7.1f",
          step,
          "",
          cold,
          "",
          "",
          "",
          "",
          "",
          warm);
    }
    double csv = stages[3] - stages[2];
    double convert = stages[4] - stages[0] - stages[1] - stages[3];
    return String.format(
        Locale.ROOT,
        "%-48s %7d %8.1f | %6.1f %6.1f %6.1f %6.1f %8.1f %7.1f",
        step,
        rows,
        cold,
        stages[0],
        stages[1],
        stages[2],
        csv,
        convert,
        warm);
  }

  private static long gunzip(SourceBytes bytes) {
    try (InputStream in = bytes.content()) {
      return in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int parse(String path, SourceBytes bytes) {
    return switch (CsvFile.read(path, bytes, List.of(), row -> row)) {
      case Parsed.Ok<CsvFile.Rows<CsvRow>> ok -> ok.value().rowsRead();
      case Parsed.Rejected<CsvFile.Rows<CsvRow>> r ->
          throw new IllegalStateException(path + " did not parse: " + r.rejections());
    };
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
