package org.janadesh.bench.child;

import java.util.List;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;

/**
 * Scenario {@code janadesh-raw}: the registries and every bundled file parsed from the classpath
 * (as {@code janadesh import --bundled} reads them), merged into memory, then the national 2024
 * tally.
 */
final class JanadeshRaw {
  private JanadeshRaw() {}

  static void run(Probe probe) {
    Registries registries = Registries.loadBundled();
    probe.lap("registries");
    List<ImportResult> results = BundledImport.run(registries);
    probe.lap("import");
    Loaded loaded = Loaded.fromImports(registries, results);
    probe.lap("merge");
    SeatTally tally = loaded.tallyIndia(Loaded.LS_2024);
    probe.lap("tally");
    probe.stop();
    probe.answer(Answer.of(tally).requireDeclared("janadesh-raw"));
    probe.metric("elections", loaded.elections().size());
    probe.metric("contests", loaded.contestCount());
    probe.metric("rows", results.stream().mapToInt(ImportResult::rowsRead).sum());
    probe.metric("rejections", results.stream().mapToInt(r -> r.rejections().size()).sum());
  }
}
