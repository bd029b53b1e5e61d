package org.janadesh.bench.push;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.synthetic.SyntheticElection;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.ingest.wire.CountingLines;
import org.janadesh.store.sqlite.SqliteArchive;

/**
 * The events the bench ingests: the first updates of one seat (postal count, rounds 1, 2, …) in the
 * synthetic counting day of an election (the same day {@code janadesh replay --source synthetic}
 * feeds, seed and nominal start alike), in the wire format {@code POST …/events} takes, in order.
 * The bench's test count is replayed for another state, so this seat's updates are new to it.
 */
final class SeatEvent {
  // Kept referenced: java.util.logging holds loggers weakly and would drop the level.
  private static final java.util.logging.Logger FLYWAY =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private SeatEvent() {}

  /** The seat's first {@code n} updates in the order they are received; fewer is an error. */
  static List<String> updatesOf(
      Path db, String election, String state, int number, long seed, int n) {
    FLYWAY.setLevel(java.util.logging.Level.WARNING); // the archive's schema check is not news
    try (SqliteArchive archive = SqliteArchive.open(db)) {
      ElectionId id = ElectionId.of(election);
      Election chosen =
          archive.elections().stream()
              .filter(e -> e.id().equals(id))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no election " + election));
      // As the replay command's nominal day: 08:00 IST on 1 January of the election's year.
      Instant start =
          LocalDate.of(chosen.year(), 1, 1)
              .atTime(LocalTime.of(8, 0))
              .atZone(ZoneId.of("Asia/Kolkata"))
              .toInstant();
      List<Submission> day =
          SyntheticElection.of(
              id,
              archive.contests(id).stream()
                  .filter(c -> c.constituency().state().value().equals(state))
                  .filter(c -> c.constituency().number() == number)
                  .toList(),
              seed,
              start);
      if (day.size() < n) {
        throw new IllegalArgumentException(
            "seat " + state + "-" + number + " has " + day.size() + " updates, not " + n);
      }
      return day.stream().limit(n).map(CountingLines::line).toList();
    }
  }
}
