package org.janadesh.store.counting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.UpdateCodec;
import org.janadesh.store.migration.Migrations;
import org.janadesh.store.sqlite.GuardedConnection;
import org.janadesh.store.sqlite.SqliteArchive;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The counting log of one count in a SQLite file, usually the archive's own file (the schema comes
 * from the same migrations). It owns one connection; calls are serialised by a lock.
 *
 * <p>What "committed" means depends on {@link Sync}: in both modes the write-ahead log holds the
 * transaction before {@link #append} returns, so a killed process ({@code kill -9}) loses nothing
 * appended; {@link Sync#FULL} also syncs the write-ahead log to the disk on every commit, so a
 * power cut or an operating-system crash loses nothing either (docs/adr/0008-counting-log.md).
 */
public final class SqliteCountingLog implements CountingLog {
  /** SQLite's {@code PRAGMA synchronous} for the log's connection. */
  public enum Sync {
    /** Every commit is synced to the disk: survives a power cut. The default. */
    FULL,
    /** Synced at checkpoints only: survives a killed process, may lose commits on a power cut. */
    NORMAL
  }

  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private final Path file;
  private final CountSession session;
  private final UpdateCodec codec;
  private final Connection connection;
  private final GuardedConnection guarded;

  private SqliteCountingLog(
      Path file, CountSession session, UpdateCodec codec, Connection connection) {
    this.file = file;
    this.session = session;
    this.codec = codec;
    this.connection = connection;
    this.guarded =
        new GuardedConnection(
            connection,
            "the counting log " + file,
            "of count " + session.id() + " in " + file,
            StorageFailure::new);
  }

  /** Opens the log of {@code session} in {@code dbFile} with {@link Sync#FULL}. */
  public static SqliteCountingLog open(Path dbFile, CountSession session, UpdateCodec codec) {
    return open(dbFile, session, codec, Sync.FULL, Clock.systemUTC());
  }

  /**
   * Opens the log of {@code session} in {@code dbFile}, creating the file, bringing its schema up
   * to date and recording the count if it is new ({@code clock} stamps when).
   *
   * @throws IllegalArgumentException if the file already holds this count with another description
   * @throws StorageFailure if the file cannot be created or is not a Janadesh database
   */
  public static SqliteCountingLog open(
      Path dbFile, CountSession session, UpdateCodec codec, Sync sync, Clock clock) {
    Path file = dbFile.toAbsolutePath();
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StorageFailure("cannot create the directory of " + file, e);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource(config(sync));
    dataSource.setUrl("jdbc:sqlite:" + file);
    @Nullable Connection connection = null;
    try {
      Migrations.migrate(dataSource, SqliteArchive.MIGRATIONS);
      connection = dataSource.getConnection();
      Sessions.record(connection, session, clock.instant());
      return new SqliteCountingLog(file, session, codec, connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof IllegalArgumentException wrongSession) {
        throw wrongSession;
      }
      throw new StorageFailure("cannot open the counting log " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the log of {@code session} in {@code dbFile} to read only, as a read node follows what
   * the writer process appends (ADR 0012): the connection is read-only, the schema is not migrated
   * and the count is not recorded, so following never writes to the file. The count must already be
   * recorded there, by its writer.
   *
   * @throws IllegalArgumentException if the file holds this count with another description
   * @throws StorageFailure if the file does not exist, is not a Janadesh database or does not hold
   *     the count
   */
  public static SqliteCountingLog openToFollow(
      Path dbFile, CountSession session, UpdateCodec codec) {
    Path file = dbFile.toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new StorageFailure("cannot follow the counting log " + file + ": no such file", null);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    @Nullable Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!Sessions.recorded(connection, session)) {
        throw new StorageFailure(
            "cannot follow count "
                + session.id()
                + " in "
                + file
                + ": its writer has not recorded it yet",
            null);
      }
      return new SqliteCountingLog(file, session, codec, connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof IllegalArgumentException wrongSession) {
        throw wrongSession;
      }
      if (e instanceof StorageFailure notThere) {
        throw notThere;
      }
      throw new StorageFailure("cannot follow the counting log " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(@Nullable Connection connection, Exception failure) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static SQLiteConfig config(Sync sync) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL: a commit appends to the write-ahead log (no page rewrite), readers in other processes
    // go on reading, and a killed process leaves every committed transaction in the file.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(
        switch (sync) {
          case FULL -> SQLiteConfig.SynchronousMode.FULL;
          case NORMAL -> SQLiteConfig.SynchronousMode.NORMAL;
        });
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  /** The file the log lives in. */
  public Path file() {
    return file;
  }

  @Override
  public CountSession session() {
    return session;
  }

  @Override
  public void append(List<LogEntry> entries) {
    appendStaged(List.of(stage(entries)));
  }

  /**
   * Encodes the payloads and formats the instants of {@code entries} now, on the calling thread, so
   * that {@link #appendStaged} holds the write transaction only for SQLite's own work.
   */
  @Override
  public Staged stage(List<LogEntry> entries) {
    return new Rows(this, List.copyOf(entries), LogRows.encode(entries, codec));
  }

  @Override
  public void appendStaged(List<Staged> batches) {
    List<List<LogRows.Row>> rows = new ArrayList<>(batches.size());
    int count = 0;
    for (Staged b : batches) {
      List<LogRows.Row> r =
          b instanceof Rows mine && mine.log() == this
              ? mine.rows()
              : LogRows.encode(b.entries(), codec);
      rows.add(r);
      count += r.size();
    }
    if (count == 0) {
      return;
    }
    locked(
        "append " + count + " entries",
        () -> {
          // BEGIN IMMEDIATE takes the write lock up front; COMMIT returns once SQLite has written
          // (and, with Sync.FULL, synced) the write-ahead log.
          execute("BEGIN IMMEDIATE");
          try {
            LogRows.checkOrder(connection, session.id(), rows);
            LogRows.insert(connection, session.id(), rows);
            execute("COMMIT");
          } catch (SQLException | RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
          }
          return rows.size();
        });
  }

  /** Entries staged by this log: their rows, already encoded with its codec. */
  private record Rows(SqliteCountingLog log, List<LogEntry> entries, List<LogRows.Row> rows)
      implements Staged {}

  @Override
  public List<LogEntry> read(long after, int limit) {
    return locked(
        "read entries after " + after,
        () -> LogRows.read(connection, session.id(), after, limit, codec));
  }

  @Override
  public long lastSequence() {
    return locked("read the last sequence", () -> LogRows.lastSequence(connection, session.id()));
  }

  /** Every count recorded in this file, real and test, in id order. */
  public List<CountSession> sessions() {
    return locked("read the counts", () -> Sessions.all(connection));
  }

  /**
   * Every count recorded in {@code dbFile}, in id order, without recording one: what a face lists
   * before it knows which count (and its description) to open. The schema is brought up to date
   * first, so a file without counts answers an empty list.
   *
   * @throws StorageFailure if the file cannot be opened or is not a Janadesh database
   */
  public static List<CountSession> sessions(Path dbFile) {
    Path file = dbFile.toAbsolutePath();
    SQLiteDataSource dataSource = new SQLiteDataSource(config(Sync.NORMAL));
    dataSource.setUrl("jdbc:sqlite:" + file);
    try {
      Migrations.migrate(dataSource, SqliteArchive.MIGRATIONS);
      try (Connection connection = dataSource.getConnection()) {
        return Sessions.all(connection);
      }
    } catch (SQLException | RuntimeException e) {
      throw new StorageFailure("cannot read the counts in " + file + ": " + e.getMessage(), e);
    }
  }

  private void rollbackAfter(Throwable failure) {
    try {
      execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite may have ended the transaction itself (a full disk); the first failure is the one
      // to report.
      failure.addSuppressed(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** For tests of the schema: a statement run on the log's own connection, its update count. */
  int executeUpdate(String sql) throws SQLException {
    return guarded.lockedRaw(
        () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
          }
        });
  }

  /** For tests of the schema: one number a query returns. */
  long queryLong(String sql) throws SQLException {
    return guarded.lockedRaw(
        () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql);
              ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
          }
        });
  }

  @Override
  public void close() {
    guarded.close();
  }

  private <T> T locked(String what, GuardedConnection.Work<T> work) {
    return guarded.locked(what, work);
  }

  @Override
  public String toString() {
    return "SqliteCountingLog[" + session.id() + " in " + file + "]";
  }
}
