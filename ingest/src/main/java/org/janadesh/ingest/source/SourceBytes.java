package org.janadesh.ingest.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A source file's bytes as stored (gzip or plain). The SHA-256 is of the stored bytes, so it
 * matches {@code sha256sum} of the file; the text is read through gzip when the bytes start with
 * the gzip magic number, whatever the file is called.
 */
public final class SourceBytes {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final byte[] bytes;

  private SourceBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Reads {@code in} to the end; the caller closes it. */
  public static SourceBytes readFrom(InputStream in) {
    try {
      return new SourceBytes(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read source", e);
    }
  }

  public boolean isGzip() {
    return bytes.length >= 2
        && (bytes[0] & 0xff) == GZIP_MAGIC_1
        && (bytes[1] & 0xff) == GZIP_MAGIC_2;
  }

  /** The hex SHA-256 of the bytes as stored. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  /** The content, decompressed if gzip. */
  public InputStream content() {
    return BundledData.decompressIfGzip(new ByteArrayInputStream(bytes));
  }

  /** The content as UTF-8 text, with a leading byte-order mark removed. */
  public Reader text() {
    try {
      InputStream in = new BufferedInputStream(content());
      in.mark(3);
      byte[] head = in.readNBytes(3);
      boolean bom =
          head.length == 3
              && (head[0] & 0xff) == 0xef
              && (head[1] & 0xff) == 0xbb
              && (head[2] & 0xff) == 0xbf;
      if (!bom) {
        in.reset();
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read source text", e);
    }
  }
}
