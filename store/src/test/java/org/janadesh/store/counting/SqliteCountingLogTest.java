package org.janadesh.store.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.store.contract.CountingFixtures.FAIZABAD;
import static org.janadesh.store.contract.CountingFixtures.THREE_SEATS;
import static org.janadesh.store.contract.CountingFixtures.countingDay;
import static org.janadesh.store.contract.CountingFixtures.nominations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.contract.CountingLogContract;
import org.janadesh.store.sqlite.SqliteArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCountingLogTest extends CountingLogContract {
  @TempDir Path directory;

  private Path file() {
    return directory.resolve("janadesh.db");
  }

  @Override
  protected CountingLog openLog(CountSession session) {
    return SqliteCountingLog.open(file(), session, new JsonLinesCodec());
  }

  private SqliteCountingLog sqlite(CountSession session) {
    return SqliteCountingLog.open(
        file(), session, new JsonLinesCodec(), SqliteCountingLog.Sync.FULL, Clock.systemUTC());
  }

  private List<LogEntry> logOf(int entries) {
    try (CountingDesk desk = CountingDesk.open(openLog(REAL), nominations(THREE_SEATS))) {
      for (Submission s : countingDay(THREE_SEATS, 23, 4).subList(0, entries)) {
        desk.submit(s).orTimeout(30, TimeUnit.SECONDS).join();
      }
      return desk.since(0, entries).value();
    }
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteTheLog() {
    logOf(3);
    try (SqliteCountingLog log = sqlite(REAL)) {
      assertThatThrownBy(() -> log.executeUpdate("UPDATE count_log SET payload = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> log.executeUpdate("DELETE FROM count_log WHERE sequence = 3"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> log.executeUpdate("DELETE FROM count_session"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> log.executeUpdate("UPDATE count_session SET kind = 'real'"))
          .hasMessageContaining("append-only");
      assertThat(log.read(0, 10)).hasSize(3);
    }
  }

  @Test
  void anAppendThatLeavesAGapRepeatsAKeyOrLetsAReceiveTimeFallIsRefused() {
    List<LogEntry> three = logOf(3);
    try (SqliteCountingLog log = sqlite(REAL)) {
      Submission fourth = countingDay(THREE_SEATS, 23, 4).get(3);

      assertThatThrownBy(() -> log.append(List.of(fourth.at(5))))
          .isInstanceOf(StorageFailure.class)
          .hasMessageContaining("without a gap");
      Submission first = three.get(0).submission();
      Submission resent =
          new Submission(
              first.election(),
              first.constituency(),
              first.published(),
              fourth.received(),
              first.key(),
              first.update());
      assertThatThrownBy(() -> log.append(List.of(resent.at(4))))
          .isInstanceOf(StorageFailure.class)
          .hasMessageContaining("UNIQUE");
      assertThatThrownBy(() -> log.append(List.of(first.at(4))))
          .isInstanceOf(StorageFailure.class)
          .hasMessageContaining("receive times never fall");
      assertThat(log.lastSequence()).isEqualTo(3);
    }
  }

  /** A row as another program could insert it, bypassing the desk. */
  private static String rawRow(long sequence, String received, String key) {
    return "INSERT INTO count_log VALUES ('ls-2024', "
        + sequence
        + ", 'ls-2024', 'ls', 'S24', 54, 2008, '2024-06-04T03:30:00.000000000Z', '"
        + received
        + "', '"
        + key
        + "', 'CountingResumed', '{\"kind\":\"CountingResumed\"}', 'accepted')";
  }

  @Test
  void sqlFromOutsideTheDeskCannotRepeatANumberAndAGapItLeavesStopsTheCountFromOpening()
      throws Exception {
    logOf(3);
    String later = "2099-01-01T00:00:00.000000000Z";
    try (SqliteCountingLog log = sqlite(REAL)) {
      assertThatThrownBy(() -> log.executeUpdate(rawRow(1, later, "outside:2")))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> log.executeUpdate(rawRow(3, later, "outside:3")))
          .isInstanceOf(SQLException.class);
      // ADR 0011: the order rules are the writer's, not per-row triggers; a hand-written gap lands
      assertThat(log.executeUpdate(rawRow(5, later, "outside:1"))).isEqualTo(1);
    }

    assertThatThrownBy(() -> CountingDesk.open(sqlite(REAL), nominations(THREE_SEATS)))
        .isInstanceOf(StorageFailure.class)
        .hasMessageContaining("is broken: entry 5 follows entry 3")
        .hasMessageContaining("without a gap");
  }

  /** A row inserted around the desk, as the sqlite3 shell would; the database takes it. */
  private void insertAroundTheDesk(long sequence, String received, String key) throws Exception {
    try (SqliteCountingLog log = sqlite(REAL)) {
      assertThat(log.executeUpdate(rawRow(sequence, received, key))).isEqualTo(1);
    }
  }

  @Test
  void aReceiveTimeThatFallsAlongTheLogStopsTheCountFromOpening() throws Exception {
    logOf(3);
    insertAroundTheDesk(4, "2000-01-01T00:00:00.000000000Z", "outside:4");

    assertThatThrownBy(() -> CountingDesk.open(sqlite(REAL), nominations(THREE_SEATS)))
        .isInstanceOf(StorageFailure.class)
        .hasMessageContaining("entry 4 was received at 2000-01-01T00:00:00Z, before entry 3")
        .hasMessageContaining("receive times never fall");
  }

  @Test
  void aWellFormedRowFromOutsideTheDeskIsFoldedLikeAnyOther() throws Exception {
    logOf(3);
    insertAroundTheDesk(4, "2099-01-01T00:00:00.000000000Z", "outside:5");
    try (CountingDesk desk = CountingDesk.open(sqlite(REAL), nominations(THREE_SEATS))) {
      assertThat(desk.current().sequence()).isEqualTo(4);
    }
  }

  @Test
  void aTestCountMustCarryItsElectionAndAHashAndOnlyTheRealCountMayHaveTheElectionsId() {
    logOf(1);
    try (SqliteCountingLog log = sqlite(REPLAY)) {
      assertThatThrownBy(
              () ->
                  log.executeUpdate(
                      "INSERT INTO count_session VALUES"
                          + " ('ls-2019#x', 'ls-2024', 'test', 'mislabelled', '')"))
          .hasMessageContaining("CHECK");
      assertThatThrownBy(
              () ->
                  log.executeUpdate(
                      "INSERT INTO count_session VALUES"
                          + " ('ls-2024#y', 'ls-2024', 'real', 'a test passed off as real', '')"))
          .hasMessageContaining("CHECK");
      assertThat(log.sessions()).containsExactly(REAL, REPLAY);
    }
  }

  @Test
  void theCountsOfAFileAreListedWithoutRecordingOne() {
    assertThat(SqliteCountingLog.sessions(file())).isEmpty();
    logOf(1);
    try (SqliteCountingLog log = sqlite(REPLAY)) {
      assertThat(log.lastSequence()).isZero();
    }

    assertThat(SqliteCountingLog.sessions(file())).containsExactly(REAL, REPLAY);
  }

  @Test
  void aFailedCommitAcknowledgesNothingAndStopsTheDesk() throws Exception {
    List<Submission> day = countingDay(List.of(FAIZABAD), 29, 3);
    CountingDesk desk = CountingDesk.open(openLog(REAL), nominations(THREE_SEATS));
    try {
      desk.submit(day.get(0)).join();
      try (Connection outside = DriverManager.getConnection("jdbc:sqlite:" + file());
          Statement statement = outside.createStatement()) {
        statement.execute(
            "CREATE TRIGGER injected_failure BEFORE INSERT ON count_log WHEN NEW.sequence = 2"
                + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
      }

      assertThatThrownBy(() -> desk.submit(day.get(1)).orTimeout(30, TimeUnit.SECONDS).join())
          .isInstanceOf(CompletionException.class)
          .rootCause()
          .hasMessageContaining("injected failure");
      assertThatThrownBy(() -> desk.submit(day.get(2)).join())
          .hasCauseInstanceOf(IllegalStateException.class);
      assertThat(desk.current().sequence()).isEqualTo(1);
    } finally {
      desk.close();
    }
    try (SqliteCountingLog log = sqlite(REAL)) {
      assertThat(log.lastSequence()).isEqualTo(1);
    }
  }

  @Test
  void theCountingLogSharesTheArchivesFileAndMigrations() {
    logOf(2);
    try (SqliteArchive archive = SqliteArchive.open(file());
        SqliteCountingLog log = sqlite(REAL)) {
      assertThat(archive.elections()).isEmpty();
      assertThat(log.read(0, 10)).hasSize(2);
    }
  }
}
