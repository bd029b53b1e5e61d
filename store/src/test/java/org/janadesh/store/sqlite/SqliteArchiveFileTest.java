package org.janadesh.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.store.contract.ContestBuilder.contest;
import static org.janadesh.store.contract.Fixtures.AE_WB_2021;
import static org.janadesh.store.contract.Fixtures.LS_2024;
import static org.janadesh.store.contract.Fixtures.ac;
import static org.janadesh.store.contract.Fixtures.batch;
import static org.janadesh.store.contract.Fixtures.byMode;
import static org.janadesh.store.contract.Fixtures.pc;
import static org.janadesh.store.contract.Fixtures.total;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to keeping the archive in a file: creating, reopening, logging imports. */
class SqliteArchiveFileTest {
  private static final Instant NOON = Instant.parse("2024-06-04T06:30:00Z");

  private static final Contest SURAT =
      contest(LS_2024.id(), pc("S06", 24), "Surat")
          .candidate(1, "Mukesh Dalal", "BJP")
          .uncontested();

  private static final Contest VARANASI =
      contest(LS_2024.id(), pc("S24", 77), "Varanasi")
          .candidate(1, "Narendra Modi", "BJP", byMode(610_000, 2_000))
          .candidate(2, "Ajay Rai", "INC", byMode(458_000, 2_400))
          .nota(byMode(8_400, 78))
          .polled();

  private final Path directory;

  SqliteArchiveFileTest(@TempDir Path directory) {
    this.directory = directory;
  }

  @Test
  void openingCreatesTheFileAndItsDirectories() {
    Path file = directory.resolve("nested/deeper/janadesh.db");

    try (SqliteArchive archive = SqliteArchive.open(file)) {
      assertThat(archive.elections()).isEmpty();
    }

    assertThat(file).isRegularFile();
  }

  @Test
  void savedResultsSurviveCloseAndReopen() {
    Path file = directory.resolve("janadesh.db");
    try (SqliteArchive archive = SqliteArchive.open(file)) {
      archive.save(batch(List.of(LS_2024), SURAT, VARANASI));
    }

    try (SqliteArchive reopened = SqliteArchive.open(file)) {
      assertThat(reopened.elections()).containsExactly(LS_2024);
      assertThat(reopened.contests(LS_2024.id())).containsExactly(SURAT, VARANASI);
      assertThat(reopened.save(batch(List.of(LS_2024), SURAT, VARANASI)).changedNothing()).isTrue();
    }
  }

  @Test
  void reopeningRunsNoMigrationAgain() throws Exception {
    Path file = directory.resolve("janadesh.db");
    try (SqliteArchive archive = SqliteArchive.open(file)) {
      archive.save(batch(List.of(LS_2024), SURAT));
    }
    String applied = "SELECT count(*) FROM flyway_schema_history WHERE success = 1";
    long migrations = queryLong(file, applied);

    SqliteArchive.open(file).close();
    SqliteArchive.open(file).close();

    assertThat(queryLong(file, applied)).isEqualTo(migrations);
    assertThat(queryLong(file, "SELECT count(*) FROM candidacy")).isEqualTo(1);
  }

  @Test
  void aDatabaseOfSomethingElseIsRefusedAndLeftAlone() throws Exception {
    Path file = directory.resolve("other.db");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE recipe (name TEXT)");
      statement.execute("INSERT INTO recipe VALUES ('khichdi')");
    }

    assertThatThrownBy(() -> SqliteArchive.open(file))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(file.toString());

    assertThat(queryLong(file, "SELECT count(*) FROM recipe")).isEqualTo(1);
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
    Path file = directory.resolve("notes.db");
    Files.writeString(file, "not a database, just notes\n".repeat(100));
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> SqliteArchive.open(file)).isInstanceOf(StorageException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void theDefaultLocationIsUnderJanadeshHomeWhenThatIsSet() {
    Path home = directory.resolve("home");

    Path janadeshHome = directory.resolve("srv");

    assertThat(
            SqliteArchive.defaultLocation(Map.of("JANADESH_HOME", janadeshHome.toString()), home))
        .isEqualTo(janadeshHome.resolve("janadesh.db"));
    assertThat(SqliteArchive.defaultLocation(Map.of(), home))
        .isEqualTo(home.resolve(".janadesh/janadesh.db"));
    assertThat(SqliteArchive.defaultLocation(Map.of("JANADESH_HOME", " "), home))
        .isEqualTo(home.resolve(".janadesh/janadesh.db"));
    assertThat(SqliteArchive.defaultLocation()).endsWithRaw(Path.of("janadesh.db"));
  }

  @Test
  void everySaveIsLoggedWithItsSourceHashTimeAndCounts() throws Exception {
    Path file = directory.resolve("janadesh.db");
    ImportBatch first =
        new ImportBatch("ls-2024.csv", "ab".repeat(32), List.of(LS_2024), List.of(SURAT));
    ImportBatch second =
        new ImportBatch(
            "ls-2024-corrected.csv", "cd".repeat(32), List.of(LS_2024), List.of(SURAT, VARANASI));
    try (SqliteArchive archive = SqliteArchive.open(file, Clock.fixed(NOON, ZoneOffset.UTC))) {
      archive.save(first);
      archive.save(second);
    }

    assertThat(rows(file, "SELECT * FROM import_batch ORDER BY id"))
        .containsExactly(
            "1|ls-2024.csv|" + "ab".repeat(32) + "|2024-06-04T06:30:00Z|1|0|0|1|0|0",
            "2|ls-2024-corrected.csv|" + "cd".repeat(32) + "|2024-06-04T06:30:00Z|0|0|1|1|0|1");
    assertThat(rows(file, "SELECT name, written_by FROM contest ORDER BY name"))
        .containsExactly("Surat|1", "Varanasi|2");
  }

  @Test
  void aRewrittenElectionIsLoggedApartFromAnAddedOne() throws Exception {
    Path file = directory.resolve("janadesh.db");
    try (SqliteArchive archive = SqliteArchive.open(file)) {
      archive.save(batch(List.of(LS_2024)));
      archive.save(batch(List.of(AE_WB_2021, withSource(LS_2024, "corrected.csv"))));
    }

    assertThat(rows(file, "SELECT elections_added, elections_updated FROM import_batch"))
        .containsExactly("1|0", "1|1");
  }

  @Test
  void theFileIsKeptInWriteAheadLogMode() throws Exception {
    Path file = directory.resolve("janadesh.db");
    SqliteArchive.open(file).close();

    assertThat(rows(file, "PRAGMA journal_mode")).containsExactly("wal");
  }

  @Test
  void aFailedWriteIsReportedAsAStorageExceptionNamingTheCause() throws Exception {
    Path file = directory.resolve("janadesh.db");
    try (SqliteArchive archive = SqliteArchive.open(file)) {
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TRIGGER full_disk BEFORE INSERT ON candidacy"
                + " BEGIN SELECT RAISE(ABORT, 'disk full, say'); END");
      }

      assertThatThrownBy(() -> archive.save(batch(List.of(LS_2024), SURAT)))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("disk full, say");
      assertThat(archive.elections()).isEmpty();
    }
    assertThat(queryLong(file, "SELECT count(*) FROM import_batch")).isZero();
  }

  @Test
  void aClosedArchiveRefusesCallsAndClosesTwiceQuietly() {
    SqliteArchive archive = SqliteArchive.open(directory.resolve("janadesh.db"));
    archive.close();
    archive.close();

    assertThatThrownBy(archive::elections)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void readersOnOtherThreadsSeeEachSaveWholeOrNotAtAll() throws Exception {
    List<Contest> versionA = new ArrayList<>();
    List<Contest> versionB = new ArrayList<>();
    for (int seat = 1; seat <= 40; seat++) {
      versionA.add(seatContest(seat, 100));
      versionB.add(seatContest(seat, 200));
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (SqliteArchive archive = SqliteArchive.open(directory.resolve("janadesh.db"))) {
      archive.save(batch("a.csv", List.of(AE_WB_2021), versionA));
      Future<?> saves =
          threads.submit(
              () -> {
                for (int i = 0; i < 20; i++) {
                  archive.save(
                      batch("b.csv", List.of(AE_WB_2021), i % 2 == 0 ? versionB : versionA));
                }
              });
      Future<List<List<Contest>>> reads =
          threads.submit(
              () -> {
                List<List<Contest>> seen = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                  seen.add(archive.contests(AE_WB_2021.id()));
                }
                return seen;
              });
      saves.get();
      assertThat(reads.get()).allSatisfy(seen -> assertThat(seen).isIn(versionA, versionB));
    } finally {
      threads.shutdown();
    }
  }

  private static Contest seatContest(int seat, long votes) {
    return contest(AE_WB_2021.id(), ac("S25", seat), "Seat " + seat)
        .candidate(1, "Winner " + seat, "AITC", total(votes + seat))
        .candidate(2, "Runner-up " + seat, "BJP", total(votes))
        .polled();
  }

  private static Election withSource(Election election, String source) {
    return new Election(
        election.id(),
        election.house(),
        election.kind(),
        election.name(),
        election.year(),
        election.state(),
        source);
  }

  private static long queryLong(Path file, String sql) throws Exception {
    return Long.parseLong(rows(file, sql).get(0));
  }

  /** Each row of a query as its columns joined by {@code |}, read over a separate connection. */
  private static List<String> rows(Path file, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(result.getString(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
