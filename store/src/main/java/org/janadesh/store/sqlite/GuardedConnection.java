package org.janadesh.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite connection shared by the threads of a store object (the archive, a counting log):
 * every use holds one lock, so a read waits while a write transaction runs, and a use after close
 * is a bug that fails loudly. SQL failures become the store's own exception with what was being
 * done and where.
 */
public final class GuardedConnection implements AutoCloseable {
  /** Work on the connection, run under the lock. */
  public interface Work<T> {
    T run() throws SQLException;
  }

  /** Turns a failure into the store object's own exception type. */
  public interface Failure {
    RuntimeException of(String message, SQLException cause);
  }

  private final Connection connection;
  private final String name;
  private final String where;
  private final Failure failure;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  /**
   * {@code name} names the object in messages ({@code the archive /x.db}); {@code where} follows
   * what failed ({@code in /x.db}).
   */
  public GuardedConnection(Connection connection, String name, String where, Failure failure) {
    this.connection = connection;
    this.name = name;
    this.where = where;
    this.failure = failure;
  }

  /** Runs {@code work} under the lock; an SQL failure is reported as "cannot WHAT WHERE: …". */
  public <T> T locked(String what, Work<T> work) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException(name + " is closed");
      }
      return work.run();
    } catch (SQLException e) {
      throw failure.of("cannot " + what + " " + where + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} under the lock and lets its SQL failure through (tests of the schema). */
  public <T> T lockedRaw(Work<T> work) throws SQLException {
    lock.lock();
    try {
      return work.run();
    } finally {
      lock.unlock();
    }
  }

  /** Closes the connection; closing twice does nothing. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        connection.close();
      }
    } catch (SQLException e) {
      throw failure.of("cannot close " + name, e);
    } finally {
      lock.unlock();
    }
  }
}
