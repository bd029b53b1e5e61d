package org.janadesh.server.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.server.ApiServer;
import org.janadesh.server.Archive;
import org.janadesh.server.Client;
import org.janadesh.server.Newsroom;
import org.janadesh.server.ingest.Tokens;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.Outcome;

/**
 * A real server over a private copy of the bundled archive, with three ingest tokens (operator,
 * Uttar Pradesh, Faizabad only) and the 2024 results-site snapshots at hand as submissions.
 */
final class LiveServer implements AutoCloseable {
  static final String OPERATOR = "operator-secret-0123456789";
  static final String UP_DESK = "up-desk-secret-0123456789";
  static final String FAIZABAD_RO = "faizabad-ro-secret-0123456789";

  private static List<Submission> snapshots = List.of();

  final Newsroom newsroom;
  final ApiServer server;
  final Client client;
  final Election ls2024;
  final List<Contest> contests;

  private LiveServer(Newsroom newsroom) {
    this.newsroom = newsroom;
    this.server = ApiServer.start(newsroom, "127.0.0.1", 0);
    this.client = new Client(server.port());
    this.ls2024 = newsroom.archive().election(SnapshotReplay.LS_2024).orElseThrow();
    this.contests = newsroom.archive().contests(SnapshotReplay.LS_2024);
  }

  static LiveServer start(Path dir, Duration heartbeat) {
    Path db = Archive.copyTo(dir);
    Path tokens = dir.resolve("tokens.txt");
    try {
      Files.writeString(
          tokens,
          "# name secret scopes\n"
              + "ops "
              + OPERATOR
              + " operator\n"
              + "up-desk "
              + UP_DESK
              + " S24\n"
              + "faizabad-ro "
              + FAIZABAD_RO
              + " S24-54\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LiveServer(Newsroom.open(db, Tokens.read(tokens), heartbeat));
  }

  /**
   * A read node (ADR 0012) over the same file and tokens as {@code writer}: it follows the counts
   * the writer's desks append, looking every {@code poll}.
   */
  static LiveServer follow(LiveServer writer, Path dir, Duration heartbeat, Duration poll) {
    return new LiveServer(
        Newsroom.follow(
            writer.newsroom.db(), Tokens.read(dir.resolve("tokens.txt")), heartbeat, poll));
  }

  /** The 6,924 submissions of the 2024 snapshots, in the order they were received. */
  synchronized List<Submission> snapshots() {
    if (snapshots.isEmpty()) {
      snapshots = SnapshotReplay.ls2024(contests, newsroom.registries().parties()).submissions();
    }
    return snapshots;
  }

  /** Feeds {@code submissions} to the test count {@code ls-2024#label} in process and waits. */
  LiveCount feed(String label, List<Submission> submissions) {
    LiveCount count =
        newsroom
            .counts()
            .feed(ls2024, CountSession.test(ls2024.id(), label, "server test: " + label));
    List<CompletableFuture<Outcome>> answers =
        submissions.stream().map(s -> count.desk().submit(s)).toList();
    answers.forEach(a -> a.orTimeout(60, TimeUnit.SECONDS).join());
    return count;
  }

  @Override
  public void close() {
    server.close();
    newsroom.close();
  }
}
