package org.janadesh.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.server.http.Representation;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * What a running server reads from: one archive (its connection is guarded, so handlers on many
 * virtual threads share it), the bundled registries, and a cache of finished answers. The archive
 * is read-only while the server runs; re-importing means restarting it, which empties the cache.
 */
public final class Newsroom implements AutoCloseable {
  private final Path db;
  private final SqliteArchive archive;
  private final Registries registries;
  private final Map<String, Representation> finished = new ConcurrentHashMap<>();

  private Newsroom(Path db, SqliteArchive archive, Registries registries) {
    this.db = db;
    this.archive = archive;
    this.registries = registries;
  }

  public static Newsroom open(Path db) {
    return new Newsroom(db, SqliteArchive.open(db), Registries.loadBundled());
  }

  public Path db() {
    return db;
  }

  public SqliteArchive archive() {
    return archive;
  }

  public Registries registries() {
    return registries;
  }

  /**
   * The answer for {@code key} from an archive that does not change while the server runs, computed
   * on first use. Keys are the request's canonical form (path and sorted parameters).
   */
  public Representation finished(String key, Supplier<Representation> compute) {
    Representation cached = finished.get(key);
    if (cached != null) {
      return cached;
    }
    Representation made = compute.get();
    Representation raced = finished.putIfAbsent(key, made);
    return raced != null ? raced : made;
  }

  @Override
  public void close() {
    archive.close();
  }
}
