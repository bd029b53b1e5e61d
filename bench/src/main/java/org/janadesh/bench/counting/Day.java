package org.janadesh.bench.counting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Nominations;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.synthetic.SyntheticCount;
import org.janadesh.core.counting.synthetic.SyntheticElection;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.wire.CountingLines;

/**
 * The inputs, prepared before anything is timed: the 2024 contests and nominations, the snapshot
 * day as submissions and as a JSON-lines file, and synthetic days for the fold, each with the log
 * an in-memory fold gives it (the answer every timed run must reproduce).
 */
record Day(
    PartyRegistry parties,
    List<Contest> contests,
    Nominations nominations,
    List<Submission> snapshot,
    Path jsonLines,
    List<LogEntry> snapshotLog,
    ElectionCount snapshotEnd,
    List<LogEntry> syntheticLog,
    List<LogEntry> heavyLog) {

  static final Instant NINE_AM_IST = Instant.parse("2024-06-04T03:30:00Z");

  static Day prepare(Path dir, int heavyRounds) throws IOException {
    Registries registries = Registries.loadBundled();
    List<ImportResult> results = BundledImport.run(registries);
    List<Contest> contests =
        results.stream()
            .flatMap(r -> r.batch().contests().stream())
            .filter(c -> c.election().equals(SnapshotReplay.LS_2024))
            .toList();
    Nominations nominations = Nominations.from(SnapshotReplay.LS_2024, contests);
    SnapshotReplay.Stream stream = SnapshotReplay.ls2024(contests, registries.parties());
    if (!stream.rejections().isEmpty()) {
      throw new IllegalStateException(
          "the snapshot conversion rejected rows: " + stream.rejections());
    }
    Path jsonLines = dir.resolve("ls2024-replay.jsonl");
    CountingLines.write(jsonLines, stream.submissions());
    List<LogEntry> snapshotLog = fold(nominations, stream.submissions(), "snapshot day");
    List<LogEntry> synthetic =
        fold(
            nominations,
            SyntheticElection.of(SnapshotReplay.LS_2024, contests, 7, NINE_AM_IST),
            "synthetic day");
    List<LogEntry> heavy = fold(nominations, heavy(contests, heavyRounds), "heavy day");
    return new Day(
        registries.parties(),
        contests,
        nominations,
        stream.submissions(),
        jsonLines,
        snapshotLog,
        org.janadesh.core.counting.Timeline.foldFromZero(nominations, snapshotLog),
        synthetic,
        heavy);
  }

  /** Every polled seat of 2024 counted in {@code rounds} rounds: ~100k entries at 180. */
  private static List<Submission> heavy(List<Contest> contests, int rounds) {
    List<Submission> all = new ArrayList<>();
    for (Contest c : contests) {
      if (c.outcome() instanceof Polled) {
        all.addAll(SyntheticCount.of(c, 7, NINE_AM_IST, rounds));
      }
    }
    all.sort(
        Comparator.comparing(Submission::received)
            .thenComparing(Submission::published)
            .thenComparing(Submission::constituency)
            .thenComparing(Submission::key));
    return all;
  }

  /** The log an in-memory desk writes for {@code day}; every submission must be accepted. */
  private static List<LogEntry> fold(Nominations nominations, List<Submission> day, String what) {
    ElectionCount count = ElectionCount.start(nominations);
    List<LogEntry> log = new ArrayList<>();
    for (Submission s : day) {
      ElectionCount.Step step = count.submit(s, count.sequence() + 1);
      count = step.count();
      step.logged().ifPresent(log::add);
    }
    long quarantined = log.stream().filter(e -> e instanceof Quarantined).count();
    if (quarantined > 0 || log.size() != day.size()) {
      throw new IllegalStateException(
          what
              + ": "
              + quarantined
              + " quarantined, "
              + log.size()
              + " of "
              + day.size()
              + " logged");
    }
    return List.copyOf(log);
  }
}
