package org.janadesh.store.counting;

/**
 * The counting log could not be read or written (a disk error, a lock held too long, a refused
 * constraint). Whatever append was under way has been rolled back, so nothing it held was
 * acknowledged.
 */
public final class StorageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageFailure(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
