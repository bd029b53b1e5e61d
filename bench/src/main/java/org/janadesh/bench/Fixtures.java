package org.janadesh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.janadesh.bench.child.BundledFiles;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.Importers;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * The inputs the scenarios read, made once before any timed run and never timed: the bundled files
 * copied byte for byte out of the classpath for DuckDB, and a store holding the bundled import.
 */
record Fixtures(Path csvDirectory, Path db, int contestsStored) {
  // Held so the level sticks: Flyway's per-migration INFO lines would clutter the report.
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  /** Makes the fixtures under {@code directory}. */
  static Fixtures prepare(Path directory) {
    requireSameFilesAsTheProduct();
    FLYWAY.setLevel(Level.WARNING);
    Path csv = directory.resolve("csv");
    for (BundledFiles.File file : BundledFiles.ALL) {
      Path target = csv.resolve(file.path());
      try (InputStream in = BundledData.open(file.path())) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("could not extract " + file.path(), e);
      }
    }
    Path db = directory.resolve("janadesh.db");
    ImportBatch batch = ImportResult.merge(BundledImport.run(Registries.loadBundled()));
    try (SqliteArchive archive = SqliteArchive.open(db)) {
      archive.save(batch);
    }
    return new Fixtures(csv, db, batch.contests().size());
  }

  /** Fails if the product imports other files than DuckDB is given: the two would not compare. */
  private static void requireSameFilesAsTheProduct() {
    List<String> product = Importers.formats().stream().map(Importers.Format::bundledFile).toList();
    List<String> bench = BundledFiles.ALL.stream().map(BundledFiles.File::path).toList();
    if (!product.equals(bench)) {
      throw new IllegalStateException(
          "the product imports "
              + product
              + " but the bench gives DuckDB "
              + bench
              + "; update BundledFiles");
    }
  }
}
