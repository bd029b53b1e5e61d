package org.janadesh.store.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.store.contract.CountingFixtures.THREE_SEATS;
import static org.janadesh.store.contract.CountingFixtures.countingDay;
import static org.janadesh.store.contract.CountingFixtures.nominations;
import static org.janadesh.store.contract.Fixtures.LS_2024;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read node's desk (ADR 0012): a writer desk and a following desk over the same SQLite file, each
 * with its own connection, as two processes would have.
 */
class FollowingDeskTest {
  private static final CountSession REAL =
      CountSession.real(LS_2024.id(), "Counting day, 4 June 2024");

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("janadesh.db");
  }

  private CountingDesk writer() {
    return CountingDesk.open(
        SqliteCountingLog.open(file(), REAL, new JsonLinesCodec()), nominations(THREE_SEATS));
  }

  private CountingDesk follower() {
    return CountingDesk.follow(
        SqliteCountingLog.openToFollow(file(), REAL, new JsonLinesCodec()),
        nominations(THREE_SEATS));
  }

  private static void submitAll(CountingDesk desk, List<Submission> day) {
    List<CompletableFuture<Outcome>> answers = day.stream().map(desk::submit).toList();
    answers.forEach(a -> a.orTimeout(30, TimeUnit.SECONDS).join());
  }

  @Test
  void aFollowerCatchesUpWithWhatTheWriterCommittedAndTellsItsListenersOnce() {
    List<Submission> day = countingDay(THREE_SEATS, 23, 4);
    try (CountingDesk writer = writer()) {
      submitAll(writer, day.subList(0, 5));
      try (CountingDesk follower = follower()) {
        assertThat(follower.follows()).isTrue();
        assertThat(follower.current().sequence()).isEqualTo(5);
        List<Long> told = new CopyOnWriteArrayList<>();
        follower.onCommit(told::add);

        submitAll(writer, day.subList(5, day.size()));
        int taken = follower.catchUp();

        long last = writer.current().sequence();
        assertThat(taken).isEqualTo((int) (last - 5));
        assertThat(follower.current().value()).isEqualTo(writer.current().value());
        assertThat(follower.session()).isEqualTo(REAL);
        assertThat(told).containsExactly(last);
        assertThat(follower.since(0, 1_000).value()).isEqualTo(writer.since(0, 1_000).value());
        assertThat(follower.asOfSequence(7).value()).isEqualTo(writer.asOfSequence(7).value());
        Instant middle = writer.since(8, 1).value().get(0).submission().received();
        assertThat(follower.asOfTime(middle).value()).isEqualTo(writer.asOfTime(middle).value());
        assertThat(follower.quarantine().value()).isEqualTo(writer.quarantine().value());

        assertThat(follower.catchUp()).as("nothing new").isZero();
        assertThat(told).as("a catch-up that took nothing tells nobody").hasSize(1);
      }
    }
  }

  @Test
  void aFollowerRefusesSubmissionsAndNamesTheCount() {
    List<Submission> day = countingDay(THREE_SEATS, 23, 4);
    try (CountingDesk writer = writer();
        CountingDesk follower = follower()) {
      assertThatThrownBy(() -> follower.submit(day.get(0)).orTimeout(5, TimeUnit.SECONDS).join())
          .hasCauseInstanceOf(IllegalStateException.class)
          .hasMessageContaining("count ls-2024 is not written here")
          .hasMessageContaining("follows the log");
      assertThat(writer.current().sequence()).isZero();
      assertThatThrownBy(writer::catchUp)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("only a following desk catches up");
    }
  }

  @Test
  void followingNeverWritesAndNeedsTheWriterToHaveRecordedTheCount() throws Exception {
    assertThatThrownBy(() -> SqliteCountingLog.openToFollow(file(), REAL, new JsonLinesCodec()))
        .isInstanceOf(StorageFailure.class)
        .hasMessageContaining("no such file");
    assertThat(file()).doesNotExist();
    SqliteCountingLog.sessions(file()); // a migrated file without counts
    long size = Files.size(file());
    assertThatThrownBy(() -> SqliteCountingLog.openToFollow(file(), REAL, new JsonLinesCodec()))
        .isInstanceOf(StorageFailure.class)
        .hasMessageContaining("its writer has not recorded it yet");
    assertThat(SqliteCountingLog.sessions(file())).isEmpty();
    assertThat(Files.size(file())).isEqualTo(size);
  }

  @Test
  void aFollowerOpenedOnALogWithAGapRefusesToOpenAsTheWriterDoes() throws Exception {
    try (CountingDesk writer = writer()) {
      submitAll(writer, countingDay(THREE_SEATS, 23, 4).subList(0, 3));
    }
    try (SqliteCountingLog log =
        SqliteCountingLog.open(
            file(),
            REAL,
            new JsonLinesCodec(),
            SqliteCountingLog.Sync.FULL,
            java.time.Clock.systemUTC())) {
      // ADR 0011: a row written around the desk may leave a gap
      assertThat(
              log.executeUpdate(
                  "INSERT INTO count_log VALUES ('ls-2024', 5, 'ls-2024', 'ls', 'S24', 54, 2008,"
                      + " '2024-06-04T03:30:00.000000000Z', '2099-01-01T00:00:00.000000000Z', 'outside:1',"
                      + " 'CountingResumed', '{\"kind\":\"CountingResumed\"}', 'accepted')"))
          .isEqualTo(1);
    }

    assertThatThrownBy(this::follower)
        .isInstanceOf(StorageFailure.class)
        .hasMessageContaining("is broken: entry 5 follows entry 3")
        .hasMessageContaining("without a gap");
  }

  @Test
  void aFollowerThatMeetsAGapWhileCatchingUpPublishesNothingOfIt() throws Exception {
    List<Submission> day = countingDay(THREE_SEATS, 23, 4);
    try (CountingDesk writer = writer()) {
      submitAll(writer, day.subList(0, 3));
    }
    try (CountingDesk follower = follower();
        SqliteCountingLog log =
            SqliteCountingLog.open(
                file(),
                REAL,
                new JsonLinesCodec(),
                SqliteCountingLog.Sync.FULL,
                java.time.Clock.systemUTC())) {
      List<Long> told = new CopyOnWriteArrayList<>();
      follower.onCommit(told::add);
      log.append(List.of(day.get(3).at(4)));
      assertThat(
              log.executeUpdate(
                  "INSERT INTO count_log VALUES ('ls-2024', 6, 'ls-2024', 'ls', 'S24', 54, 2008,"
                      + " '2024-06-04T03:30:00.000000000Z', '2099-01-01T00:00:00.000000000Z', 'outside:1',"
                      + " 'CountingResumed', '{\"kind\":\"CountingResumed\"}', 'accepted')"))
          .isEqualTo(1);

      assertThatThrownBy(follower::catchUp)
          .isInstanceOf(StorageFailure.class)
          .hasMessageContaining("is broken: entry 6 follows entry 4");
      assertThat(follower.current().sequence()).isEqualTo(3);
      assertThat(told).isEmpty();
    }
  }

  @Test
  void aClosedFollowerNoLongerCatchesUp() {
    try (CountingDesk writer = writer()) {
      submitAll(writer, countingDay(THREE_SEATS, 23, 4).subList(0, 1));
    }
    CountingDesk follower = follower();
    follower.close();
    follower.close();
    assertThatThrownBy(follower::catchUp)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
  }
}
