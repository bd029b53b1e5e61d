package org.janadesh.bench.child;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.janadesh.core.election.Election;
import org.janadesh.core.person.Candidacies;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.Linkage;
import org.janadesh.core.person.PersonOverride;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.people.PersonOverridesCsv;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * Scenario {@code linkage WARMUP REPEATS}: does person linkage grow linearly with the archive?
 *
 * <ol>
 *   <li>All bundled data imported and held as an in-memory archive; then {@link
 *       Careers#fromArchive} over it, once cold (its first call in this JVM), with the heap it
 *       retains (heap after full GCs with the careers held, less before).
 *   <li>The TCPD file's Lok Sabha candidacies ({@link Candidacies#of}, NOTA is not a candidacy) in
 *       three sizes, whole election years in order from 1962, the last year chosen so the size is
 *       nearest to 25 %, 50 % and 100 % of all of them.
 *   <li>{@code WARMUP} links of the whole set, untimed, then {@code REPEATS} rounds timing {@link
 *       Linkage#link} of each size (sizes rotating within a round); median per size.
 *   <li>{@link Careers#fromArchive} again, warm: median of three.
 * </ol>
 */
final class LinkageScaling {
  static final double[] FRACTIONS = {0.25, 0.5, 1.0};
  private static final int WARM_CAREERS = 3;

  private LinkageScaling() {}

  static void run(Probe probe, int warmup, int repeats) throws InterruptedException {
    Registries registries = Registries.loadBundled();
    List<ImportResult> imported = BundledImport.importEach(registries);
    List<ImportResult> archived =
        BundledImport.withPrecedence(imported, BundledImport.eci2019SeatsListed());
    MemoryArchive archive = new MemoryArchive(Loaded.fromImports(registries, archived));
    List<PersonOverride> overrides = PersonOverridesCsv.loadBundled();
    probe.lap("load");

    double heapBefore = Heap.usedAfterGc();
    long start = System.nanoTime();
    Careers careers = Careers.fromArchive(archive, overrides);
    probe.metric("careers_cold_ms", millisSince(start));
    try {
      probe.metric("careers_retained_mb", Heap.usedAfterGc() - heapBefore);
    } finally {
      Reference.reachabilityFence(careers);
    }
    probe.metric("careers_candidacies", careers.people().candidacies().size());
    int careerPersons = careers.people().careers().size();
    probe.metric("careers_persons", careerPersons);

    ImportResult tcpd =
        imported.stream()
            .filter(r -> r.source().equals(TcpdImporter.BUNDLED))
            .findFirst()
            .orElseThrow();
    Loaded tcpdLoaded = Loaded.fromImports(registries, List.of(tcpd));
    List<Election> elections =
        tcpdLoaded.elections().values().stream()
            .sorted(Comparator.comparingInt(Election::year).thenComparing(Election::id))
            .toList();
    List<Candidacy> all = Candidacies.of(elections, tcpdLoaded::contestsOf);
    probe.metric("tcpd_rows", tcpd.rowsRead());
    List<List<Candidacy>> sizes = new ArrayList<>();
    for (double fraction : FRACTIONS) {
      int lastYear = lastYearNearest(all, fraction * all.size());
      List<Election> upTo = elections.stream().filter(e -> e.year() <= lastYear).toList();
      List<Candidacy> subset = Candidacies.of(upTo, tcpdLoaded::contestsOf);
      sizes.add(subset);
      String label = label(fraction);
      probe.metric(label + "_candidacies", subset.size());
      probe.metric(label + "_elections", upTo.size());
      probe.metric(label + "_first_year", upTo.get(0).year());
      probe.metric(label + "_last_year", lastYear);
    }

    for (int i = 0; i < warmup; i++) {
      Linkage.link(all, overrides);
    }
    double[][] times = new double[FRACTIONS.length][repeats];
    int[] persons = new int[FRACTIONS.length];
    for (int r = 0; r < repeats; r++) {
      for (int k = 0; k < FRACTIONS.length; k++) {
        int s = (r + k) % FRACTIONS.length;
        long t = System.nanoTime();
        persons[s] = Linkage.link(sizes.get(s), overrides).careers().size();
        times[s][r] = millisSince(t);
      }
    }
    for (int s = 0; s < FRACTIONS.length; s++) {
      String label = label(FRACTIONS[s]);
      Arrays.sort(times[s]);
      probe.metric(label + "_link_ms", median(times[s]));
      probe.metric(label + "_link_min_ms", times[s][0]);
      probe.metric(label + "_link_max_ms", times[s][repeats - 1]);
      probe.metric(label + "_persons", persons[s]);
    }

    double[] warm = new double[WARM_CAREERS];
    for (int i = 0; i < WARM_CAREERS; i++) {
      long t = System.nanoTime();
      Careers again = Careers.fromArchive(archive, overrides);
      warm[i] = millisSince(t);
      if (again.people().careers().size() != careerPersons) {
        throw new IllegalStateException("linkage of the same archive gave another person count");
      }
    }
    Arrays.sort(warm);
    probe.metric("careers_warm_ms", median(warm));
    probe.stop();
  }

  /** The last election year such that the candidacies up to it are nearest to {@code target}. */
  private static int lastYearNearest(List<Candidacy> inOrderOfTime, double target) {
    int best = inOrderOfTime.get(inOrderOfTime.size() - 1).year();
    double bestDistance = Double.MAX_VALUE;
    for (int i = 0; i < inOrderOfTime.size(); i++) {
      boolean lastOfYear =
          i + 1 == inOrderOfTime.size()
              || inOrderOfTime.get(i + 1).year() != inOrderOfTime.get(i).year();
      double distance = Math.abs(i + 1 - target);
      if (lastOfYear && distance < bestDistance) {
        bestDistance = distance;
        best = inOrderOfTime.get(i).year();
      }
    }
    return best;
  }

  static String label(double fraction) {
    return String.format(Locale.ROOT, "p%d", Math.round(fraction * 100));
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
