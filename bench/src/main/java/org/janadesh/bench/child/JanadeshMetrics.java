package org.janadesh.bench.child;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.metrics.CandidateMetrics;
import org.janadesh.core.metrics.ContestMetrics;
import org.janadesh.core.metrics.Metrics;
import org.janadesh.core.metrics.NotaMetrics;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * Scenario {@code janadesh-metrics TCPD_GZ}: the registries, the TCPD file read from disk by the
 * product's importer (gunzip, CSV, conversion to checked contests; the three known-defect contests
 * rejected), then {@link Metrics#of} for every contest, every result kept: margin and margin %,
 * each candidate's and NOTA's share and lead, each deposit verdict, turnout and ENOP. After the
 * timed part: the figures compared with DuckDB's, the compute step again warm, and the memory.
 */
final class JanadeshMetrics {
  static final int WARM_REPEATS = 10;

  private JanadeshMetrics() {}

  static void run(Probe probe, Path tcpd) throws IOException, InterruptedException {
    Registries registries = Registries.loadBundled();
    probe.lap("registries");
    ImportResult imported;
    try (InputStream in = Files.newInputStream(tcpd)) {
      imported = new TcpdImporter(registries).importFrom(TcpdImporter.BUNDLED, in);
    }
    probe.lap("parse");
    List<Contest> contests = imported.batch().contests();
    List<ContestMetrics> metrics = new ArrayList<>(contests.size());
    for (Contest contest : contests) {
      metrics.add(Metrics.of(contest));
    }
    probe.lap("compute");
    probe.stop();
    // Read first: what follows (the checks, the warm repeats) allocates and would raise the peak.
    probe.metric("peak_rss_mb", Heap.peakResidentMb());

    probe.answer(answerOf(metrics).digest());
    probe.metric("rows", imported.rowsRead());
    probe.metric("rejections", imported.rejections().size());
    try {
      // Contests and their metrics are held through this, so the heap figure counts both.
      probe.metric("heap_after_mb", Heap.usedAfterGc());
    } finally {
      Reference.reachabilityFence(metrics);
      Reference.reachabilityFence(contests);
    }
    probe.metric("compute_warm_ms", warmCompute(contests));
  }

  /**
   * The same computation repeated in this JVM, now warm: the best of {@link #WARM_REPEATS}, to tell
   * the work from the JVM's warming up (class loading, interpreter, JIT) in the cold figure.
   */
  private static double warmCompute(List<Contest> contests) {
    double best = Double.MAX_VALUE;
    long consumed = 0;
    for (int r = 0; r < WARM_REPEATS; r++) {
      long start = System.nanoTime();
      for (Contest contest : contests) {
        consumed += Metrics.of(contest).candidates().size();
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e6);
    }
    if (consumed == 0) {
      throw new IllegalStateException("no candidate lines computed");
    }
    return best;
  }

  /** Reads the figures both engines must agree on off Janadesh's metrics. */
  static MetricsAnswer answerOf(List<ContestMetrics> metrics) {
    long places = 0;
    long forfeited = 0;
    long margins = 0;
    long marginVotes = 0;
    long marginHundredths = 0;
    long shareHundredths = 0;
    long enops = 0;
    long enopHundredths = 0;
    for (ContestMetrics m : metrics) {
      if (m.margin().isPresent()) {
        margins++;
        marginVotes += m.margin().getAsLong();
      }
      marginHundredths += hundredths(m.marginPercent());
      if (m.enop().isPresent()) {
        enops++;
        enopHundredths += hundredths(m.enop());
      }
      for (CandidateMetrics c : m.candidates()) {
        places++;
        shareHundredths += hundredths(c.share());
        if (c.depositForfeited()) {
          forfeited++;
        }
      }
      if (m.nota().isPresent()) {
        places++;
        shareHundredths += hundredths(m.nota().flatMap(NotaMetrics::share));
      }
    }
    return new MetricsAnswer(
        metrics.size(),
        places,
        forfeited,
        margins,
        marginVotes,
        marginHundredths,
        shareHundredths,
        enops,
        enopHundredths);
  }

  private static long hundredths(Optional<BigDecimal> value) {
    return value.map(v -> v.setScale(2).unscaledValue().longValueExact()).orElse(0L);
  }
}
