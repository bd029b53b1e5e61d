package org.janadesh.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.archive.ArchiveWriter;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.archive.SaveReport;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.person.PersonLink;
import org.janadesh.core.result.Contest;
import org.janadesh.store.migration.Migrations;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The results archive in one SQLite file.
 *
 * <p>An archive owns one connection to its file. It is safe to share between threads: every call
 * holds the archive's lock for its duration, so a read waits while a save runs and sees all of it
 * or none of it. Other processes may open the same file at the same time; the write-ahead log lets
 * them read while this one saves, and a save waits up to five seconds for another process's save to
 * finish before it fails.
 */
public final class SqliteArchive implements Archive, ArchiveWriter, AutoCloseable {
  /** Where the migrations that build and update the schema live. */
  public static final String MIGRATIONS = "classpath:db/migration/sqlite";

  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private final Path file;
  private final Connection connection;
  private final Clock clock;
  private final GuardedConnection guarded;

  private SqliteArchive(Path file, Connection connection, Clock clock) {
    this.file = file;
    this.connection = connection;
    this.clock = clock;
    this.guarded =
        new GuardedConnection(
            connection, "the archive " + file, "in " + file, StorageException::new);
  }

  /** Opens the archive at {@code dbFile}, creating it and its directories if need be. */
  public static SqliteArchive open(Path dbFile) {
    return open(dbFile, Clock.systemUTC());
  }

  /**
   * Opens the archive at {@code dbFile}, creating it and its directories if need be, and brings its
   * schema up to date. {@code clock} stamps the import log.
   *
   * @throws StorageException if the file cannot be created, is not a SQLite database, or holds
   *     tables that are not a Janadesh archive's
   */
  public static SqliteArchive open(Path dbFile, Clock clock) {
    Path file = dbFile.toAbsolutePath();
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StorageException("cannot create the directory of the archive " + file, e);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource(config());
    dataSource.setUrl("jdbc:sqlite:" + file);
    try {
      Migrations.migrate(dataSource, MIGRATIONS);
      return new SqliteArchive(file, dataSource.getConnection(), clock);
    } catch (SQLException | RuntimeException e) {
      throw new StorageException("cannot open the archive " + file + ": " + e.getMessage(), e);
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    // Readers in other processes keep reading while a save writes, and a commit costs one append
    // to the log instead of rewriting pages; NORMAL syncs at checkpoints, which in WAL mode can
    // lose the last commits on power loss but never corrupts the file.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  /**
   * The archive's usual place: {@code janadesh.db} in {@code $JANADESH_HOME} if that is set, else
   * in {@code ~/.janadesh}.
   */
  public static Path defaultLocation() {
    return defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static Path defaultLocation(Map<String, String> environment, Path userHome) {
    String home = environment.get("JANADESH_HOME");
    Path directory =
        home == null || home.isBlank() ? userHome.resolve(".janadesh") : Path.of(home.strip());
    return directory.resolve("janadesh.db");
  }

  /** The file this archive lives in. */
  public Path file() {
    return file;
  }

  @Override
  public List<Election> elections() {
    return locked("read the elections", () -> ElectionTable.all(connection));
  }

  @Override
  public Optional<Election> election(ElectionId id) {
    return locked(
        "read election " + id, () -> Optional.ofNullable(ElectionTable.find(connection, id)));
  }

  @Override
  public List<Contest> contests(ElectionId id) {
    return locked(
        "read the contests of " + id,
        () ->
            ContestReader.ofElection(connection, id).stream().map(StoredContest::contest).toList());
  }

  /** The contests of many elections in one query, from one snapshot of the file. */
  @Override
  public Map<ElectionId, List<Contest>> contests(Collection<ElectionId> ids) {
    return locked(
        "read the contests of " + ids.size() + " elections",
        () -> ContestReader.ofElections(connection, ids));
  }

  /**
   * The fingerprint person links computed now would carry: a digest of {@code linkageKey} (the
   * linkage rules' version and the overrides, which the caller knows) and of the Lok Sabha part of
   * this archive (elections, and each contest with the import that last wrote it).
   */
  public String personLinkFingerprint(String linkageKey) {
    return locked(
        "fingerprint the Lok Sabha archive",
        () -> PersonLinkTable.fingerprint(connection, linkageKey));
  }

  /** The stored person links if they were computed under {@code fingerprint}; else empty. */
  public Optional<StoredPersonLinks> personLinks(String fingerprint) {
    return locked("read the person links", () -> PersonLinkTable.read(connection, fingerprint));
  }

  /**
   * Replaces the stored person links in one transaction, unless the archive changed since {@code
   * fingerprint} was worked out (another process saved meanwhile): then nothing is written and the
   * answer is false.
   */
  public boolean savePersonLinks(
      String linkageKey, String fingerprint, List<PersonLink> links, List<String> problems) {
    return locked(
        "save the person links",
        () -> {
          execute("BEGIN IMMEDIATE");
          try {
            if (!PersonLinkTable.fingerprint(connection, linkageKey).equals(fingerprint)) {
              execute("ROLLBACK");
              return false;
            }
            PersonLinkTable.write(connection, fingerprint, links, problems, clock.instant());
            execute("COMMIT");
            return true;
          } catch (SQLException | RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
          }
        });
  }

  /**
   * Saves a batch in one transaction. Elections are inserted or rewritten; each contest is compared
   * with the stored one and left alone, replaced (with all its candidacies) or inserted. Every
   * save, even one that changes nothing, is logged in {@code import_batch}.
   *
   * <p>An election whose stored row differed is counted in {@code electionsAdded}, since {@link
   * SaveReport} has no count for it; {@code import_batch} records it apart.
   *
   * @throws IllegalArgumentException if the batch names an election or a constituency twice, or has
   *     a contest of an election neither in it nor in the archive; nothing is written
   * @throws StorageException if the file cannot be written; nothing is written
   */
  @Override
  public SaveReport save(ImportBatch batch) {
    return locked("save " + batch.source(), () -> saveInTransaction(batch));
  }

  private SaveReport saveInTransaction(ImportBatch batch) throws SQLException {
    // The transaction is begun and ended in SQL rather than through setAutoCommit: the driver
    // would otherwise open a new write transaction straight after each commit. IMMEDIATE takes the
    // write lock up front, so the stored state the plan is computed from cannot change under it.
    execute("BEGIN IMMEDIATE");
    try {
      SavePlan plan = plan(batch);
      long importBatch = ImportLog.record(connection, batch, plan, clock.instant());
      ElectionTable.insert(connection, plan.electionsToInsert());
      ElectionTable.update(connection, plan.electionsToUpdate());
      ContestWriter.write(
          connection, plan.contestsToInsert(), plan.contestsToReplace(), importBatch);
      execute("COMMIT");
      return plan.report();
    } catch (SQLException | RuntimeException | Error e) {
      rollbackAfter(e);
      throw e;
    }
  }

  private SavePlan plan(ImportBatch batch) throws SQLException {
    Map<ElectionId, Election> storedElections = new HashMap<>();
    for (Election election : ElectionTable.all(connection)) {
      storedElections.put(election.id(), election);
    }
    return SavePlan.compare(
        batch,
        storedElections,
        election -> {
          Map<ConstituencyId, StoredContest> byConstituency = new HashMap<>();
          for (StoredContest stored : ContestReader.ofElection(connection, election)) {
            byConstituency.put(stored.contest().constituency(), stored);
          }
          return byConstituency;
        },
        Sql.nextId(connection, "contest"));
  }

  private void rollbackAfter(Throwable failure) {
    try {
      execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite ends the transaction itself after some errors (a full disk, for one), and then
      // there is nothing to roll back; the failure that got here is the one to report.
      failure.addSuppressed(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Closes the connection; the archive cannot be used afterwards. Closing twice does nothing. */
  @Override
  public void close() {
    guarded.close();
  }

  private <T> T locked(String what, GuardedConnection.Work<T> work) {
    return guarded.locked(what, work);
  }

  @Override
  public String toString() {
    return "SqliteArchive[" + file + "]";
  }
}
