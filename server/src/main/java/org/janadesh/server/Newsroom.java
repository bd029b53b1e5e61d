package org.janadesh.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.server.http.Representation;
import org.janadesh.server.ingest.Tokens;
import org.janadesh.server.live.LiveCounts;
import org.janadesh.server.metrics.Metrics;
import org.janadesh.store.sqlite.SqliteArchive;
import org.jspecify.annotations.Nullable;

/**
 * What a running server reads from: one archive (its connection is guarded, so handlers on many
 * virtual threads share it), the bundled registries, a cache of finished answers, the live counts
 * (one counting desk per count, shared), the ingest tokens and the server's metrics. The archive is
 * read-only while the server runs; re-importing means restarting it, which empties the cache.
 *
 * <p>A newsroom is a count's writer ({@link #open}) or a read node ({@link #follow}, ADR 0012) that
 * serves the counts another process writes to the same file and takes no events itself.
 */
public final class Newsroom implements AutoCloseable {
  private final Path db;
  private final SqliteArchive archive;
  private final Registries registries;
  private final Map<String, Representation> finished = new ConcurrentHashMap<>();
  private final LiveCounts counts;
  private final Tokens tokens;
  private final Metrics metrics = new Metrics();

  /** SSE heartbeat unless told otherwise: well inside the 30–60 s idle limits of common proxies. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final Duration heartbeat;

  private Newsroom(
      Path db,
      SqliteArchive archive,
      Registries registries,
      Tokens tokens,
      Duration heartbeat,
      @Nullable Duration poll) {
    this.db = db;
    this.heartbeat = heartbeat;
    this.archive = archive;
    this.registries = registries;
    this.counts =
        poll == null
            ? new LiveCounts(db, archive, registries)
            : LiveCounts.following(db, archive, registries, poll);
    this.tokens = tokens;
  }

  /** A newsroom without ingest tokens: counts are read-only over HTTP. */
  public static Newsroom open(Path db) {
    return open(db, Tokens.none());
  }

  /** A newsroom whose ingest endpoint takes {@code tokens} (see {@link Tokens} for the file). */
  public static Newsroom open(Path db, Tokens tokens) {
    return open(db, tokens, HEARTBEAT);
  }

  /** As {@link #open(Path, Tokens)}, with SSE heartbeats every {@code heartbeat} (tests). */
  public static Newsroom open(Path db, Tokens tokens, Duration heartbeat) {
    return new Newsroom(
        db, SqliteArchive.open(db), Registries.loadBundled(), tokens, heartbeat, null);
  }

  /**
   * A read node (ADR 0012): serves the counts the writer process appends to {@code db}, looking for
   * new entries every {@code poll}; its ingest endpoint answers 405. {@code tokens} still guard the
   * quarantine.
   */
  public static Newsroom follow(Path db, Tokens tokens, Duration heartbeat, Duration poll) {
    return new Newsroom(
        db, SqliteArchive.open(db), Registries.loadBundled(), tokens, heartbeat, poll);
  }

  /** What this server is to the counts: {@code writer} or {@code follower} (a read node). */
  public String role() {
    return counts.follows() ? "follower" : "writer";
  }

  /** How often an idle SSE stream gets a comment, so proxies and clients know it is alive. */
  public Duration heartbeat() {
    return heartbeat;
  }

  /**
   * The live counts: every count of the store opened once and shared by all requests and by
   * in-process feeders ({@link LiveCounts#feed}).
   */
  public LiveCounts counts() {
    return counts;
  }

  /** The bearer tokens that may write to counts. */
  public Tokens tokens() {
    return tokens;
  }

  public Metrics metrics() {
    return metrics;
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
    counts.close();
    archive.close();
  }
}
