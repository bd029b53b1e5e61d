package org.janadesh.server.http;

import io.helidon.http.DateTime;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * One answer, encoded once: its bytes, the same bytes gzipped, and a strong ETag over them. Built
 * once and served many times, so a newsroom polling every few seconds costs a hash lookup, not a
 * tally. A class, not a record: it holds arrays, shared and never mutated once built.
 */
public final class Representation {
  public static final String JSON = "application/json";

  private static final int GZIP_FROM_BYTES = 256;

  private final String contentType;
  private final byte[] body;
  private final byte[] gzipped;
  private final String etag;
  private final Freshness freshness;
  // The whole HTTP/1.1 response, headers and body, for the second its Date header names: rebuilt
  // at most once a second per encoding, so that a request costs one write and no copy.
  private volatile @org.jspecify.annotations.Nullable Wire plainWire;
  private volatile @org.jspecify.annotations.Nullable Wire gzipWire;

  /** One second's whole response; a class, not a record, because it holds arrays. */
  private static final class Wire {
    private final byte[] date;
    private final byte[] bytes;

    private Wire(byte[] date, byte[] bytes) {
      this.date = date;
      this.bytes = bytes;
    }
  }

  // One list of headers for both ways an answer goes out (Replies through Helidon, and the wire).
  private final List<Header> validators;
  private final List<Header> plainEntity;
  private final List<Header> gzipEntity;

  private Representation(
      String contentType, byte[] body, byte[] gzipped, String etag, Freshness freshness) {
    this.contentType = contentType;
    this.body = body;
    this.gzipped = gzipped;
    this.etag = etag;
    this.freshness = freshness;
    this.validators =
        List.of(
            HeaderValues.create(HeaderNames.ETAG, etag),
            HeaderValues.create(HeaderNames.CACHE_CONTROL, freshness.cacheControl()),
            HeaderValues.create(HeaderNames.VARY, "Accept-Encoding"));
    Header type = HeaderValues.create(HeaderNames.CONTENT_TYPE, contentType);
    this.plainEntity = List.of(type);
    this.gzipEntity = List.of(type, HeaderValues.create(HeaderNames.CONTENT_ENCODING, "gzip"));
  }

  public static Representation json(Object value, Freshness freshness) {
    return of(JSON, Json.bytes(value), freshness);
  }

  /** Takes ownership of {@code body}: the caller must not change it afterwards. */
  public static Representation of(String contentType, byte[] body, Freshness freshness) {
    byte[] packed = body.length >= GZIP_FROM_BYTES ? gzip(body) : body;
    return new Representation(
        contentType, body, packed.length < body.length ? packed : body, etag(body), freshness);
  }

  /** True when gzip made the body smaller, so that {@code Content-Encoding: gzip} is worth it. */
  public boolean compresses() {
    return gzipped.length < body.length;
  }

  public String contentType() {
    return contentType;
  }

  public String etag() {
    return etag;
  }

  public Freshness freshness() {
    return freshness;
  }

  // The accessors hand out the arrays themselves: a copy per request would cost what the cache
  // saves. Callers only write them to a response.
  /** The body as built. */
  public byte[] body() {
    return body;
  }

  /** The body gzipped, or the body itself when gzip does not make it smaller. */
  public byte[] gzipped() {
    return gzipped;
  }

  /**
   * This answer as a whole 200 response (status line, Date, the headers {@link Replies} sends, and
   * the body), gzipped or not. The same array is returned until Helidon's clock moves to the next
   * second; callers only write it.
   */
  byte[] wire(boolean gzip) {
    // Helidon keeps one Date header array per second: a new array means a new second.
    byte[] date = DateTime.http1Bytes();
    Wire wire = gzip ? gzipWire : plainWire;
    if (wire == null || wire.date != date) {
      wire = new Wire(date, encodeWire(gzip, date));
      if (gzip) {
        gzipWire = wire;
      } else {
        plainWire = wire;
      }
    }
    return wire.bytes;
  }

  private byte[] encodeWire(boolean gzip, byte[] date) {
    byte[] entity = gzip ? gzipped : body;
    StringBuilder heading =
        new StringBuilder("HTTP/1.1 200 OK\r\nDate: ")
            .append(new String(date, StandardCharsets.US_ASCII)); // ends with its CRLF
    for (List<Header> headers : List.of(validators, entityHeaders(gzip))) {
      for (Header h : headers) {
        heading.append(h.name()).append(": ").append(h.values()).append("\r\n");
      }
    }
    heading
        .append("Content-Length: ")
        .append(entity.length)
        .append("\r\nConnection: keep-alive\r\n\r\n");
    byte[] head = heading.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] whole = new byte[head.length + entity.length];
    System.arraycopy(head, 0, whole, 0, head.length);
    System.arraycopy(entity, 0, whole, head.length, entity.length);
    return whole;
  }

  /** The headers every answer carries, a 304 too: ETag, Cache-Control, Vary. */
  List<Header> validators() {
    return validators;
  }

  /** The headers that go with the body: its type and, gzipped, its encoding. */
  List<Header> entityHeaders(boolean gzip) {
    return gzip ? gzipEntity : plainEntity;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 32);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
