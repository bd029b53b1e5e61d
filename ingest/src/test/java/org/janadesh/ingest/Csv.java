package org.janadesh.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.janadesh.ingest.source.SourceBytes;

/** Hand-made CSV text for tests. */
public final class Csv {
  private Csv() {}

  /** Lines joined with newlines, ending with one. */
  public static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  public static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  public static SourceBytes bytes(String text) {
    return SourceBytes.readFrom(stream(text));
  }
}
