package org.janadesh.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
