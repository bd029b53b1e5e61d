package org.janadesh.store.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.store.contract.CountingFixtures.THREE_SEATS;
import static org.janadesh.store.contract.CountingFixtures.countingDay;
import static org.janadesh.store.contract.CountingFixtures.nominations;
import static org.janadesh.store.contract.Fixtures.LS_2024;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Submission;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk decides batch n+1 while batch n commits; a failed commit must take n+1 down with it. */
class CountingDeskPipelineTest {
  private static final CountSession REAL =
      CountSession.real(LS_2024.id(), "Counting day, 4 June 2024");

  @TempDir Path directory;

  /** A log whose second append waits for the test, then fails as a full disk would. */
  private static final class FailingSecondAppend implements CountingLog {
    private final CountingLog log;
    final AtomicInteger appends = new AtomicInteger();
    final CountDownLatch inSecond = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    FailingSecondAppend(CountingLog log) {
      this.log = log;
    }

    @Override
    public CountSession session() {
      return log.session();
    }

    @Override
    public void append(List<LogEntry> entries) {
      if (appends.incrementAndGet() == 2) {
        inSecond.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new StorageFailure(
            "cannot append", new java.io.IOException("injected failure of the second commit"));
      }
      log.append(entries);
    }

    @Override
    public List<LogEntry> read(long after, int limit) {
      return log.read(after, limit);
    }

    @Override
    public long lastSequence() {
      return log.lastSequence();
    }

    @Override
    public void close() {
      log.close();
    }
  }

  @Test
  void aFailedCommitFailsTheBatchesDecidedAfterItIncludingADuplicateOfItsOwnKey() throws Exception {
    Path file = directory.resolve("janadesh.db");
    List<Submission> day = countingDay(THREE_SEATS, 31, 4);
    FailingSecondAppend log =
        new FailingSecondAppend(SqliteCountingLog.open(file, REAL, new JsonLinesCodec()));
    CountingDesk desk = CountingDesk.open(log, nominations(THREE_SEATS));
    try {
      assertThat(desk.submit(day.get(0)).orTimeout(30, TimeUnit.SECONDS).join())
          .isInstanceOf(Outcome.Accepted.class);
      CompletableFuture<Outcome> failing = desk.submit(day.get(1));
      assertThat(log.inSecond.await(30, TimeUnit.SECONDS)).isTrue();

      // Decided against the failing batch's state while it commits: a later round and a resend
      // of the failing batch's own key (which would otherwise be answered as a CNT-8 duplicate).
      CompletableFuture<Outcome> later = desk.submit(day.get(2));
      CompletableFuture<Outcome> resent = desk.submit(day.get(1));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (desk.decidedWaiting() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(desk.decidedWaiting()).isPositive();
      log.release.countDown();

      for (CompletableFuture<Outcome> f : List.of(failing, later, resent)) {
        assertThatThrownBy(() -> f.orTimeout(30, TimeUnit.SECONDS).join())
            .isInstanceOf(CompletionException.class)
            .rootCause()
            .hasMessageContaining("injected failure");
      }
      assertThat(log.appends).hasValue(2);
      assertThat(desk.current().sequence()).isEqualTo(1);
      assertThat(desk.since(0, 10).value()).hasSize(1);
      assertThatThrownBy(() -> desk.submit(day.get(3)).join())
          .hasCauseInstanceOf(IllegalStateException.class);
    } finally {
      desk.close();
    }
    try (CountingDesk reopened =
        CountingDesk.open(
            SqliteCountingLog.open(file, REAL, new JsonLinesCodec()), nominations(THREE_SEATS))) {
      assertThat(reopened.current().sequence()).isEqualTo(1);
      assertThat(reopened.submit(day.get(1)).orTimeout(30, TimeUnit.SECONDS).join())
          .isInstanceOf(Outcome.Accepted.class);
    }
  }

  /** A log that holds its first commit until the test lets it go, and records what it was given. */
  private static final class HeldFirstAppend implements CountingLog {
    private final CountingLog log;
    final List<Integer> transactions = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> stagedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
    final CountDownLatch inFirst = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    HeldFirstAppend(CountingLog log) {
      this.log = log;
    }

    @Override
    public CountSession session() {
      return log.session();
    }

    @Override
    public void append(List<LogEntry> entries) {
      appendStaged(List.of(stage(entries)));
    }

    @Override
    public Staged stage(List<LogEntry> entries) {
      stagedOn.add(Thread.currentThread().getName());
      return log.stage(entries);
    }

    @Override
    public void appendStaged(List<Staged> batches) {
      if (transactions.isEmpty()) {
        inFirst.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      transactions.add(batches.stream().mapToInt(b -> b.entries().size()).sum());
      log.appendStaged(batches);
    }

    @Override
    public List<LogEntry> read(long after, int limit) {
      return log.read(after, limit);
    }

    @Override
    public long lastSequence() {
      return log.lastSequence();
    }

    @Override
    public void close() {
      log.close();
    }
  }

  @Test
  void batchesDecidedWhileACommitRunsAreJoinedInTransactionsOfAtMostMaxBatchEntries()
      throws Exception {
    Path file = directory.resolve("janadesh.db");
    List<Submission> day = countingDay(THREE_SEATS, 31, 4);
    HeldFirstAppend log =
        new HeldFirstAppend(SqliteCountingLog.open(file, REAL, new JsonLinesCodec()));
    List<CompletableFuture<Outcome>> answers = new java.util.ArrayList<>();
    try (CountingDesk desk =
        CountingDesk.open(log, nominations(THREE_SEATS), new CountingDesk.Options(3, 1_000))) {
      answers.add(desk.submit(day.get(0)));
      assertThat(log.inFirst.await(30, TimeUnit.SECONDS)).isTrue();
      for (int i = 1; i <= 4; i++) { // one batch of one each, decided while the first commits
        answers.add(desk.submit(day.get(i)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (desk.decidedWaiting() < i && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
      }
      assertThat(desk.decidedWaiting()).isEqualTo(4);
      log.release.countDown();
      for (CompletableFuture<Outcome> a : answers) {
        assertThat(a.orTimeout(30, TimeUnit.SECONDS).join()).isInstanceOf(Outcome.Accepted.class);
      }
      assertThat(log.transactions).containsExactly(1, 3, 1);
      assertThat(log.stagedOn).hasSize(5).allMatch(name -> name.contains("-decide-"));
    }
    try (SqliteCountingLog reopened = SqliteCountingLog.open(file, REAL, new JsonLinesCodec())) {
      assertThat(reopened.read(0, 10))
          .extracting(LogEntry::submission)
          .containsExactlyElementsOf(day.subList(0, 5));
    }
  }
}
