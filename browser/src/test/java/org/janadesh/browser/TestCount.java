package org.janadesh.browser;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.janadesh.cli.Desk;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.counting.feed.Sources;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.ingest.wire.CountingLines;
import picocli.CommandLine;

/**
 * A TEST count of 2024 in a private archive, made the way an operator would (the {@code replay}
 * command, in process): a synthetic counting day for one state only, so seats of other states are
 * still untouched and their first event is a valid thing to ingest during a test.
 */
final class TestCount {
  static final String ELECTION = "ls-2024";
  static final long SEED = 1;

  private TestCount() {}

  /** Replays the synthetic day of {@code state} into {@code ELECTION#label} in {@code db}. */
  static String replay(Path db, String label, String state) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Janadesh.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "replay",
            ELECTION,
            "--source",
            "synthetic",
            "--seed",
            String.valueOf(SEED),
            "--label",
            label,
            "--state",
            state,
            "--db",
            db.toString());
    if (code != 0) {
      throw new IllegalStateException("replay failed (" + code + "): " + out + err);
    }
    return ELECTION + "#" + label;
  }

  /**
   * The first event of the synthetic day for seat {@code number} of {@code state}, in the wire
   * format {@code POST …/events} takes (one JSON object).
   */
  static String firstEventOf(Path db, String state, int number) {
    try (Desk desk = new Desk(db)) {
      Election election = desk.election(ELECTION);
      List<Submission> day =
          Sources.synthetic(
              election,
              desk.contests(election),
              SEED,
              Sources.nominalStart(election),
              desk.state(state, election));
      return day.stream()
          .filter(s -> s.constituency().number() == number)
          .findFirst()
          .map(CountingLines::line)
          .orElseThrow(() -> new IllegalStateException("no event for " + state + "-" + number));
    }
  }
}
