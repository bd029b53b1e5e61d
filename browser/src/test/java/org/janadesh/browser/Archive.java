package org.janadesh.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * The bundled data, imported once per test JVM into {@code target/browser-tests/archive.db}. Pages
 * that only read share that file; a class that writes (a test count, an ingest) takes its own copy
 * with {@link #copyTo(Path)} so no test sees another's events.
 */
final class Archive {
  private static final Path DB = Paths.get("target", "browser-tests", "archive.db");
  private static boolean imported;

  private Archive() {}

  static synchronized Path bundled() {
    if (!imported) {
      try {
        Files.createDirectories(DB.getParent());
        Files.deleteIfExists(DB);
        try (SqliteArchive archive = SqliteArchive.open(DB)) {
          archive.save(ImportResult.merge(BundledImport.run(Registries.loadBundled())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      imported = true;
    }
    return DB;
  }

  static Path copyTo(Path dir) {
    try {
      Files.createDirectories(dir);
      Path copy = dir.resolve("archive.db");
      Files.copy(bundled(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
