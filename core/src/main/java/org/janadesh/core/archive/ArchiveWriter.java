package org.janadesh.core.archive;

/** Writes imported results; every call is all or nothing. */
public interface ArchiveWriter {
  /**
   * Saves a batch in one transaction. A contest already stored with identical content is left as it
   * is; one stored with different content is replaced; nothing is ever half-written.
   */
  SaveReport save(ImportBatch batch);
}
