package org.janadesh.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * The bundled data imported once per test run into {@code target/server-tests/archive.db}: tests
 * that only read share it; tests that write (counts) copy it first with {@link #copyTo(Path)}.
 */
public final class Archive {
  private static final Path DB = Paths.get("target", "server-tests", "archive.db");
  private static boolean imported;

  private Archive() {}

  /** The shared, imported archive file. Read-only by convention. */
  public static synchronized Path bundled() {
    if (!imported) {
      try {
        Files.createDirectories(DB.getParent());
        Files.deleteIfExists(DB);
        Registries registries = Registries.loadBundled();
        try (SqliteArchive archive = SqliteArchive.open(DB)) {
          archive.save(ImportResult.merge(BundledImport.run(registries)));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      imported = true;
    }
    return DB;
  }

  /** A private copy of the imported archive in {@code dir}, for a test that writes to it. */
  public static Path copyTo(Path dir) {
    try {
      Path copy = dir.resolve("archive.db");
      Files.copy(bundled(), copy);
      return copy;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
