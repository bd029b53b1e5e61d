package org.janadesh.server.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Representation;

/** Which request paths name a dashboard file, and what type each file is. */
final class StaticFiles {
  /** Plain names only: letters, digits, dot, dash, underscore; folders separated by one slash. */
  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "txt", "text/plain; charset=utf-8");

  private StaticFiles() {}

  /**
   * The resource under {@code web/} that a decoded request path names, or empty when the path could
   * climb out of it ({@code ..}, a backslash, an empty segment) or names no file type we serve.
   * {@code /} and any path ending in {@code /} mean that folder's {@code index.html}.
   */
  static Optional<String> resourceName(String path) {
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String asked = path.substring(1);
    String name = asked.isEmpty() || asked.endsWith("/") ? asked + "index.html" : asked;
    if (!SAFE.matcher(name).matches() || name.contains("..")) {
      return Optional.empty();
    }
    return contentType(name).map(type -> name);
  }

  static Optional<String> contentType(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  static Representation geoJson(byte[] body) {
    return Representation.of("application/geo+json", body, Freshness.LIVE);
  }
}
