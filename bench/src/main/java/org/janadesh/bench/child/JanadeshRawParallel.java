package org.janadesh.bench.child;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.Importers;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * What-if scenario {@code janadesh-raw-parallel}: {@code janadesh-raw} with the files imported on
 * as many threads as the machine has cores, to size a product change before making it. It composes
 * the same public steps {@link BundledImport#run} does ({@code importBundled} per file, the seats
 * the 2019 ECI file lists, {@code withPrecedence}), so its result is the same; the launcher checks
 * that it is.
 */
final class JanadeshRawParallel {
  private JanadeshRawParallel() {}

  static void run(Probe probe) throws InterruptedException, ExecutionException {
    Registries registries = Registries.loadBundled();
    probe.lap("registries");
    List<ImportResult> results = new ArrayList<>();
    Set<ConstituencyId> eci2019Seats;
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      // The TCPD file is most of the work: started first, it runs alongside all the others.
      Map<Importers.Format, Future<ImportResult>> imports = new HashMap<>();
      List<Importers.Format> largestFirst = new ArrayList<>(Importers.formats());
      largestFirst.sort(
          Comparator.comparing((Importers.Format f) -> !f.name().equals(TcpdImporter.FORMAT)));
      for (Importers.Format format : largestFirst) {
        imports.put(format, pool.submit(() -> BundledImport.importBundled(format, registries)));
      }
      Future<Set<ConstituencyId>> listed = pool.submit(BundledImport::eci2019SeatsListed);
      for (Importers.Format format : Importers.formats()) {
        results.add(Objects.requireNonNull(imports.get(format)).get());
      }
      eci2019Seats = listed.get();
    } finally {
      pool.shutdown();
    }
    List<ImportResult> withPrecedence = BundledImport.withPrecedence(results, eci2019Seats);
    probe.lap("import");
    Loaded loaded = Loaded.fromImports(registries, withPrecedence);
    probe.lap("merge");
    SeatTally tally = loaded.tallyIndia(Loaded.LS_2024);
    probe.lap("tally");
    probe.stop();
    probe.answer(Answer.of(tally).requireDeclared("janadesh-raw-parallel"));
    probe.metric("contests", loaded.contestCount());
  }
}
