package org.janadesh.ingest.source;

import java.io.InputStream;

/** Imports one source format. Problems in the data are rejections; exceptions mean bugs or I/O. */
@FunctionalInterface
public interface Importer {
  /**
   * Reads {@code in} to the end (gzip or plain; the caller closes it) and converts it; {@code
   * sourceName} is how rejections and the batch name the file.
   */
  ImportResult importFrom(String sourceName, InputStream in);
}
