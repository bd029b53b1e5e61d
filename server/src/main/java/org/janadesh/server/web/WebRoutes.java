package org.janadesh.server.web;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /} and {@code GET /FILE}: the dashboard's files from {@code web/} on the classpath,
 * and {@code GET /geo/pc-2008.json}: the constituency map from the bundled data. Each file is read
 * once; a request only looks it up. Paths are checked before the classpath sees them, so nothing
 * outside {@code web/} is reachable.
 */
public final class WebRoutes implements HttpService {
  /** The URL of the map; the pages fetch it from here. */
  public static final String MAP_PATH = "/geo/pc-2008.json";

  private static final String ROOT = "web/";
  private static final String MAP_RESOURCE = "org/janadesh/data/geo/pc_2008_web.json.gz";

  private final Map<String, Representation> loaded = new ConcurrentHashMap<>();

  @Override
  public void routing(HttpRules rules) {
    rules.get(MAP_PATH, this::map);
    rules.get("/*", this::file);
  }

  private void map(ServerRequest req, ServerResponse res) {
    Representation answer =
        loaded.computeIfAbsent(MAP_PATH, path -> StaticFiles.geoJson(gunzip(MAP_RESOURCE)));
    Replies.send(req, res, answer);
  }

  private void file(ServerRequest req, ServerResponse res) {
    Optional<String> name = StaticFiles.resourceName(req.path().path());
    Optional<Representation> answer = name.flatMap(this::load);
    if (answer.isEmpty()) {
      Problem.of(Status.NOT_FOUND_404, "no such page: " + req.path().path()).send(res);
      return;
    }
    Replies.send(req, res, answer.get());
  }

  // Misses are not remembered: a crawler asking for random names must not grow the cache.
  private Optional<Representation> load(String name) {
    Representation cached = loaded.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<String> type = StaticFiles.contentType(name);
    byte[] bytes = type.isEmpty() ? null : read(ROOT + name);
    if (type.isEmpty() || bytes == null) {
      return Optional.empty();
    }
    Representation made = Representation.of(type.get(), bytes, Freshness.LIVE);
    Representation raced = loaded.putIfAbsent(name, made);
    return Optional.of(raced != null ? raced : made);
  }

  private static byte @Nullable [] read(String resource) {
    try (InputStream in = WebRoutes.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gunzip(String resource) {
    byte[] packed = read(resource);
    if (packed == null) {
      throw new IllegalStateException("the bundled map is missing from the classpath: " + resource);
    }
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
