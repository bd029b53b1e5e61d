package org.janadesh.cli.counting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.CountId;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingDesk;
import org.janadesh.store.counting.SqliteCountingLog;

/**
 * One count of the store opened for a command: the election and its archived contests (whose
 * candidates are the nominations, CNT-6) and the counting desk, rebuilt from the log. The log
 * shares the archive's file; updates are stored with the JSON-lines codec.
 */
public final class OpenCount implements AutoCloseable {
  private final Election election;
  private final List<Contest> contests;
  private final CountingDesk counting;

  private OpenCount(Election election, List<Contest> contests, CountingDesk counting) {
    this.election = election;
    this.contests = List.copyOf(contests);
    this.counting = counting;
  }

  /**
   * Opens {@code session}, recording it if the store does not have it yet (to feed it).
   *
   * @throws UserError if the store has the count under another description
   */
  public static OpenCount feed(Desk desk, Election election, CountSession session) {
    List<Contest> contests = desk.contests(election);
    if (contests.isEmpty()) {
      throw new UserError(
          ExitCodes.NOT_FOUND, "the archive has no contests of " + election.id() + " to count");
    }
    SqliteCountingLog log;
    try {
      log = SqliteCountingLog.open(desk.db(), session, new JsonLinesCodec());
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCodes.USAGE, e.getMessage() + "; choose another --label for a different source");
    }
    return new OpenCount(
        election, contests, CountingDesk.open(log, Nominations.from(election.id(), contests)));
  }

  /**
   * Opens the count the user named: an election id for the real count ({@code ls-2024}) or a test
   * count ({@code ls-2024#syn-seed-1}). An unknown count is a user error that says what the store
   * has instead: the election's other counts, or its archived final result.
   */
  public static OpenCount existing(Desk desk, String countText) {
    CountId id;
    try {
      id = new CountId(countText.trim());
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCodes.USAGE,
          "'"
              + countText
              + "' is not a count: give an election (ls-2024) for the real count or"
              + " ELECTION#LABEL for a test count ("
              + e.getMessage()
              + ")");
    }
    Election election = desk.election(id.election().value());
    List<CountSession> all = SqliteCountingLog.sessions(desk.db());
    Optional<CountSession> session = all.stream().filter(s -> s.id().equals(id)).findFirst();
    if (session.isEmpty()) {
      throw new UserError(ExitCodes.NOT_FOUND, missing(desk, election, id, all));
    }
    return feed(desk, election, session.get());
  }

  private static String missing(Desk desk, Election election, CountId id, List<CountSession> all) {
    List<CountSession> others =
        all.stream().filter(s -> s.election().equals(election.id())).toList();
    String what = id.isTest() ? "no test count " + id : "no real count of " + election.id();
    if (!others.isEmpty()) {
      return what
          + " in "
          + desk.db()
          + "; its counts: "
          + others.stream()
              .map(s -> s.id() + " (" + CountLabel.kind(s) + ")")
              .collect(Collectors.joining(", "));
    }
    if (!desk.contests(election).isEmpty()) {
      return what
          + " in "
          + desk.db()
          + ": "
          + election.id()
          + " has no count at all, but its final result is archived (`janadesh tally "
          + election.id()
          + "`)";
    }
    return what + " in " + desk.db();
  }

  public Election election() {
    return election;
  }

  /** The archived contests of the election: names, states and candidates of its seats. */
  public List<Contest> contests() {
    return contests;
  }

  public CountingDesk counting() {
    return counting;
  }

  public CountSession session() {
    return counting.session();
  }

  @Override
  public void close() {
    counting.close();
  }
}
