package org.janadesh.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens the data bundled in the ingest jar (the repository's {@code data/} folder, copied to {@code
 * org/janadesh/data/} on the classpath) or a file on disk. Streams are returned as stored;
 * importers detect gzip by its magic bytes ({@link SourceBytes}), so a {@code .gz} that is not
 * gzip, or a plain file that is, still reads correctly.
 */
public final class BundledData {
  static final String ROOT = "org/janadesh/data/";

  private BundledData() {}

  /**
   * Opens a bundled file by its path under {@code data/}, e.g. {@code
   * ls2024/ls2024_candidates.csv.gz}; fails naming the path if the jar does not hold it.
   */
  public static InputStream open(String dataPath) {
    String resource = ROOT + stripLeadingSlash(dataPath);
    InputStream in = BundledData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new NoSuchFileException(resource, null, "no such bundled data file on the classpath"));
    }
    return in;
  }

  /** Whether the jar holds a bundled file at {@code dataPath}. */
  public static boolean exists(String dataPath) {
    return BundledData.class.getClassLoader().getResource(ROOT + stripLeadingSlash(dataPath))
        != null;
  }

  /** Opens a file on disk, as stored. */
  public static InputStream openFile(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open " + file, e);
    }
  }

  /** Opens a bundled file's content: decompressed if its bytes are gzip, as stored if not. */
  public static InputStream openContent(String dataPath) {
    return decompressIfGzip(open(dataPath));
  }

  /** Opens a file's content on disk: decompressed if its bytes are gzip, as stored if not. */
  public static InputStream openFileContent(Path file) {
    return decompressIfGzip(openFile(file));
  }

  /**
   * Looks at the first two bytes without consuming them and wraps the stream in gzip if they are
   * gzip's magic number, whatever the file's name says.
   */
  public static InputStream decompressIfGzip(InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in);
    try {
      buffered.mark(2);
      int first = buffered.read();
      int second = buffered.read();
      buffered.reset();
      return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered) : buffered;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the start of the stream", e);
    }
  }

  /** Reads a bundled file completely. */
  public static SourceBytes read(String dataPath) {
    try (InputStream in = open(dataPath)) {
      return SourceBytes.readFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read bundled " + dataPath, e);
    }
  }

  private static String stripLeadingSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
