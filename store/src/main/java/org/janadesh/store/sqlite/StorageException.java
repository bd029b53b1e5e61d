package org.janadesh.store.sqlite;

/**
 * The archive file could not be read or written: a disk error, a lock held too long by another
 * process, or a file that is not a Janadesh archive. Whatever save was under way has been rolled
 * back.
 */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
