package org.janadesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.janadesh.cli.counting.Moments;
import org.janadesh.cli.counting.feed.Sources;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LiveTallies;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.SeatCount;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.wire.JsonLinesCodec;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.SqliteCountingLog;
import org.janadesh.store.sqlite.SqliteArchive;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the counting log: a {@code janadesh replay --acks} child JVM is killed with
 * SIGKILL ({@link ProcessHandle#destroyForcibly()}; exit status 137 is checked on every kill) at
 * random points, restarted with the same command, and checked after every kill: every
 * acknowledgement the child printed is in the log under the same sequence (none lost), keys are
 * unique and sequences run 1..n without a gap (none applied twice). When a feed completes, its log
 * and its final state equal an uninterrupted in-memory fold of the same stream.
 * docs/crash-safety.md has the longer form and its result.
 *
 * <p>CI form: at least {@code janadesh.crash.kills} (20) kills over synthetic counting days of
 * Uttar Pradesh's 80 seats of 2024 (about 3,000 updates each), seeded by {@code
 * janadesh.crash.seed} (2024); {@code janadesh.crash.state} picks another state, {@code all} the
 * whole country.
 */
class CrashSafetyTest {
  private static final ElectionId LS_2024 = ElectionId.of("ls-2024");
  private static final String START = "2024-06-04T08:00";
  private static final Duration HUNG = Duration.ofMinutes(2);

  private final int kills = Integer.getInteger("janadesh.crash.kills", 20);
  private final long seed = Long.getLong("janadesh.crash.seed", 2024);
  private final String state = System.getProperty("janadesh.crash.state", "S24");

  @TempDir Path home;

  /** What one child run printed before it ended: acknowledgements as (sequence, seat|key). */
  private record ChildRun(int exitCode, boolean killed, List<Ack> acks) {}

  private record Ack(long sequence, String kind, String seatKey) {}

  @Test
  void killedReplaysLoseNoAcknowledgedUpdateApplyNoneTwiceAndEndAsAnUninterruptedRun()
      throws Exception {
    Path db = home.resolve("janadesh.db");
    assertThat(Run.janadesh(db, "import", "--bundled").exitCode()).isZero();
    Random random = new Random(seed);
    Optional<StateCode> scope =
        state.equals("all") ? Optional.empty() : Optional.of(StateCode.of(state));
    int killed = 0;
    int restarts = 0;
    int feeds = 0;
    int killsWithNothingNew = 0;
    long committedUnacknowledged = 0;
    long started = System.nanoTime();
    List<String> perFeed = new ArrayList<>();
    while (killed < kills) {
      long daySeed = seed + feeds;
      String label = "crash-" + daySeed;
      List<Submission> stream = stream(db, daySeed, scope);
      Map<Long, String> acked = new HashMap<>();
      long logged = 0;
      int killsThisFeed = 0;
      while (true) {
        // Kill after a random number of new entries, or (one run in five) at a random moment
        // during start-up, before anything is acknowledged.
        boolean early = random.nextInt(5) == 0;
        int newEntries = 1 + random.nextInt(Math.max(1, stream.size() / 4));
        long delayMillis = random.nextInt(1500);
        ChildRun run =
            runChild(db, daySeed, label, killed < kills ? early : null, newEntries, delayMillis);
        restarts++;
        for (Ack a : run.acks()) {
          String before = acked.putIfAbsent(a.sequence(), a.seatKey());
          assertThat(before == null || before.equals(a.seatKey()))
              .as("sequence %d acknowledged as %s and as %s", a.sequence(), before, a.seatKey())
              .isTrue();
        }
        List<LogEntry> log = readLog(db, label);
        assertNothingLostOrDoubled(log, acked);
        long printed = run.acks().stream().mapToLong(Ack::sequence).max().orElse(0);
        if (run.killed()) {
          if (log.size() == logged) {
            killsWithNothingNew++;
          }
          // Entries committed whose acknowledgement the kill cut off: kept, and sent again as
          // duplicates by the next run, which answers them with these entries (CNT-8).
          committedUnacknowledged += Math.max(0, log.size() - Math.max(printed, logged));
        }
        logged = log.size();
        if (!run.killed()) {
          assertThat(run.exitCode()).as("a replay that was not killed ends well").isZero();
          assertEqualsAnUninterruptedRun(db, stream, log);
          break;
        }
        killed++;
        killsThisFeed++;
      }
      perFeed.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d |",
              label,
              stream.size(),
              killsThisFeed,
              acked.size()));
      feeds++;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    writeFigures(
        killed, restarts, feeds, took, perFeed, killsWithNothingNew, committedUnacknowledged);
    assertThat(killed).isGreaterThanOrEqualTo(kills);
  }

  private List<Submission> stream(Path db, long daySeed, Optional<StateCode> scope) {
    try (SqliteArchive archive = SqliteArchive.open(db)) {
      Election election = archive.election(LS_2024).orElseThrow();
      return Sources.synthetic(
          election, archive.contests(LS_2024), daySeed, Moments.parse(START, "--start"), scope);
    }
  }

  /**
   * Starts {@code janadesh replay --acks} in a child JVM and reads its acknowledgements; kills it
   * after {@code newEntries} new entries ({@code early} false), after {@code delayMillis} ({@code
   * early} true), or lets it finish ({@code early} null).
   */
  private ChildRun runChild(
      Path db,
      long daySeed,
      String label,
      @Nullable Boolean early,
      int newEntries,
      long delayMillis)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            "org.janadesh.cli.Janadesh",
            "replay",
            "ls-2024",
            "--source",
            "synthetic",
            "--seed",
            Long.toString(daySeed),
            "--start",
            START,
            "--label",
            label,
            "--acks",
            "--db",
            db.toString()));
    if (!state.equals("all")) {
      command.addAll(List.of("--state", state));
    }
    Path err = home.resolve("child-" + label + ".err");
    Process child =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()))
            .start();
    Thread watchdog =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    if (!child.waitFor(HUNG.toSeconds(), TimeUnit.SECONDS)) {
                      child.destroyForcibly();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    List<Ack> acks = new ArrayList<>();
    boolean killed = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      if (Boolean.TRUE.equals(early)) {
        Thread.sleep(delayMillis);
        killed = kill(child);
      } else if (Boolean.FALSE.equals(early)) {
        int fresh = 0;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Ack a = parse(line);
          if (a != null) {
            acks.add(a);
            if (!a.kind().equals("duplicate") && ++fresh >= newEntries) {
              killed = kill(child);
              break;
            }
          }
        }
      }
      // Whatever the child printed before it died was acknowledged too: read it all.
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Ack a = parse(line);
        if (a != null) {
          acks.add(a);
        }
      }
    }
    int exit = child.waitFor();
    watchdog.interrupt();
    if (killed) {
      // 137 = 128 + 9: the child died of SIGKILL, as kill -9 would have it (no shutdown hooks).
      assertThat(exit).as("exit status of a child killed by destroyForcibly").isEqualTo(137);
    } else {
      assertThat(exit).as(Files.readString(err)).isZero();
    }
    return new ChildRun(exit, killed, acks);
  }

  /**
   * SIGKILL if still running; false if the child had already finished. Through the process handle:
   * {@link Process#destroyForcibly()} sends the same SIGKILL but also closes our end of the pipes,
   * which would drop acknowledgements the child printed that we have not read yet.
   */
  private static boolean kill(Process child) throws InterruptedException {
    if (!child.isAlive()) {
      return false;
    }
    child.toHandle().destroyForcibly();
    child.waitFor();
    return child.exitValue() != 0;
  }

  private static @Nullable Ack parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 5 || !f[0].equals("ack")) {
      return null;
    }
    return new Ack(Long.parseLong(f[1]), f[2], f[3] + "|" + f[4]);
  }

  private static List<LogEntry> readLog(Path db, String label) {
    Optional<CountSession> session =
        SqliteCountingLog.sessions(db).stream()
            .filter(s -> s.id().value().equals("ls-2024#" + label))
            .findFirst();
    if (session.isEmpty()) {
      return List.of(); // killed before the count was recorded
    }
    try (SqliteCountingLog log = SqliteCountingLog.open(db, session.get(), new JsonLinesCodec())) {
      return log.read(0, Integer.MAX_VALUE);
    }
  }

  private static void assertNothingLostOrDoubled(List<LogEntry> log, Map<Long, String> acked) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < log.size(); i++) {
      LogEntry e = log.get(i);
      assertThat(e.sequence()).as("sequences run 1..n without a gap").isEqualTo(i + 1L);
      assertThat(keys.add(seatKey(e.submission())))
          .as("key %s logged once", seatKey(e.submission()))
          .isTrue();
    }
    acked.forEach(
        (sequence, seatKey) -> {
          assertThat(sequence)
              .as("acknowledged sequence is in the log")
              .isLessThanOrEqualTo(log.size());
          assertThat(seatKey(log.get((int) (sequence - 1)).submission()))
              .as("acknowledged sequence %d holds its key", sequence)
              .isEqualTo(seatKey);
        });
  }

  private static String seatKey(Submission s) {
    return s.constituency() + "|" + s.key();
  }

  private static void assertEqualsAnUninterruptedRun(
      Path db, List<Submission> stream, List<LogEntry> log) {
    List<Contest> contests;
    try (SqliteArchive archive = SqliteArchive.open(db)) {
      contests = archive.contests(LS_2024);
    }
    Nominations nominations = Nominations.from(LS_2024, contests);
    ElectionCount uninterrupted = ElectionCount.start(nominations);
    List<String> expected = new ArrayList<>();
    for (Submission s : stream) {
      ElectionCount.Step step = uninterrupted.submit(s, uninterrupted.sequence() + 1);
      uninterrupted = step.count();
      step.logged().ifPresent(e -> expected.add(e.sequence() + " " + seatKey(e.submission())));
    }
    ElectionCount replayed = ElectionCount.start(nominations);
    List<String> actual = new ArrayList<>();
    for (LogEntry e : log) {
      replayed = replayed.apply(e);
      actual.add(e.sequence() + " " + seatKey(e.submission()));
    }
    assertThat(actual).as("the log of the killed and resumed feed").isEqualTo(expected);
    for (SeatCount seat : uninterrupted.seats()) {
      assertThat(replayed.seat(seat.constituency()).orElseThrow().status())
          .as("status of %s", seat.constituency())
          .isEqualTo(seat.status());
    }
    assertThat(LiveTallies.byParty(replayed)).isEqualTo(LiveTallies.byParty(uninterrupted));
    assertThat(replayed.quarantine()).isEqualTo(uninterrupted.quarantine());
  }

  private static void writeFigures(
      int killed,
      int restarts,
      int feeds,
      Duration took,
      List<String> perFeed,
      int killsWithNothingNew,
      long committedUnacknowledged)
      throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Crash-safety harness: " + Instant.now());
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "%d kills (SIGKILL), %d child runs, %d feeds completed, %.1f s",
            killed,
            restarts,
            feeds,
            took.toMillis() / 1000.0));
    lines.add("");
    lines.add(
        killsWithNothingNew
            + " kills came before the run logged anything new (start-up, or re-sending"
            + " duplicates); "
            + committedUnacknowledged
            + " entries in all were committed but their acknowledgement was cut off by the kill"
            + " (kept, and answered as duplicates by the next run).");
    lines.add("");
    lines.add("| count | updates | kills | entries acknowledged |");
    lines.add("|---|---|---|---|");
    lines.addAll(perFeed);
    Files.write(target.resolve("crash-safety.md"), lines);
  }
}
