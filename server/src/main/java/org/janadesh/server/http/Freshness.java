package org.janadesh.server.http;

/**
 * How long a cache may keep a representation. A count still going moves every few seconds; a
 * finished election's archive does not change until the next import.
 */
public enum Freshness {
  /** A live count: {@code public, max-age=5}. */
  LIVE("public, max-age=5"),
  /** A finished election: a day, revalidated by ETag after that. */
  FINAL("public, max-age=86400"),
  /** Operator-only answers (quarantine): never in a shared cache. */
  PRIVATE("private, no-store");

  private final String cacheControl;

  Freshness(String cacheControl) {
    this.cacheControl = cacheControl;
  }

  public String cacheControl() {
    return cacheControl;
  }
}
