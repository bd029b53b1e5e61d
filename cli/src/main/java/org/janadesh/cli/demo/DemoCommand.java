package org.janadesh.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.counting.feed.FeedSummary;
import org.janadesh.cli.counting.feed.Feeder;
import org.janadesh.cli.counting.feed.Pace;
import org.janadesh.cli.counting.feed.Sources;
import org.janadesh.cli.serve.Serving;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.server.Newsroom;
import org.janadesh.server.live.LiveCount;
import org.janadesh.store.counting.CountSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh demo}: imports the bundled data into the store and prints the national Lok Sabha
 * 2024 tally, through the same commands a user would type; then serves the API and dashboard and
 * replays the real 2024 results-site snapshots, sped up, into the TEST count {@code ls-2024#demo}
 * in the same process, so SSE clients watch it arrive.
 */
@Command(
    name = "demo",
    description = {
      "Import the bundled data into the store and print the Lok Sabha 2024 tally; then serve the"
          + " dashboard and API and replay the 2024 results-site snapshots, sped up, into the TEST"
          + " count ls-2024#demo (not a real result).",
      "Run it again to resume the replay where it stopped (CNT-8); a finished replay is not sent"
          + " again: give another --label for a fresh one."
    })
public final class DemoCommand implements Callable<Integer> {
  /** Description of the demo's test count: fixed, so that a second run reopens the same count. */
  static final String DESCRIPTION =
      "replay of the ECI results-site snapshots of 4 June 2024, sped up (janadesh demo)";

  @ParentCommand private @Nullable Janadesh root;

  @Spec private CommandLine.Model.@Nullable CommandSpec spec;

  @Option(
      names = "--no-serve",
      description = "Only import and print the tally, as before the server existed")
  private boolean noServe;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: 8080; 0 picks)")
  private int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Interface to listen on (default: 127.0.0.1)")
  private String host = "127.0.0.1";

  @Option(
      names = "--speed",
      paramLabel = "100x|max",
      defaultValue = "100x",
      description =
          "How fast the snapshots are replayed: 100x turns the 9 hours they span into about 6"
              + " minutes (default: ${DEFAULT-VALUE})")
  private String speed = "100x";

  @Option(
      names = "--label",
      paramLabel = "LABEL",
      defaultValue = "demo",
      description = "The test count's label, ls-2024#LABEL (default: ${DEFAULT-VALUE})")
  private String label = "demo";

  @Option(
      names = "--exit-after-replay",
      description = "Stop serving once the replay is done (for scripts and tests)")
  private boolean exitAfterReplay;

  @Override
  public Integer call() throws InterruptedException {
    CommandLine.Model.CommandSpec self = Objects.requireNonNull(spec);
    CommandLine top = self.root().commandLine();
    Path db = Objects.requireNonNull(root).desk().db();
    int imported = top.execute("import", "--bundled", "--db", db.toString());
    if (imported != ExitCodes.OK) {
      return imported;
    }
    PrintWriter out = self.commandLine().getOut();
    out.println();
    out.flush();
    int tally = top.execute("tally", "ls-2024", "--db", db.toString());
    if (tally != ExitCodes.OK || noServe) {
      return tally;
    }
    return serve(db, out, self.commandLine().getErr());
  }

  private int serve(Path db, PrintWriter out, PrintWriter err) throws InterruptedException {
    Pace pace = Pace.parse(speed, System::nanoTime, wait -> Thread.sleep(wait));
    CountSession session;
    try {
      session = CountSession.test(SnapshotReplay.LS_2024, label.trim(), DESCRIPTION);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, "--label: " + e.getMessage());
    }
    Serving serving = Serving.start(Newsroom.open(db), host, port);
    Newsroom newsroom = serving.newsroom();
    try {
      Election election = newsroom.archive().election(SnapshotReplay.LS_2024).orElseThrow();
      LiveCount count = newsroom.counts().feed(election, session);
      List<Submission> todo = unsent(count, newsroom, election);
      String url = serving.url();
      String path = "api/v1/elections/" + session.id().value().replace("#", "%23");
      out.println();
      out.println("Janadesh is serving " + db + " at " + url);
      out.println(
          "TEST REPLAY — not a real result: "
              + todo.size()
              + " snapshot updates into "
              + session.id()
              + " at "
              + speed
              + " ("
              + count.desk().current().sequence()
              + " already in)");
      out.println("  status: " + url + path + "/status");
      out.println("  live:   " + url + path + "/events  (Accept: text/event-stream)");
      out.println("Stop with Ctrl-C.");
      out.flush();
      if (!exitAfterReplay) {
        // a server that stops after the replay would never answer /persons: no warm-up then
        serving.warmUp(out);
      }
      Feeder feeder = new Feeder(count.desk(), pace, null, err, System::nanoTime);
      todo.forEach(feeder::send);
      FeedSummary summary = feeder.finish();
      summary.print(out);
      out.flush();
      if (exitAfterReplay) {
        return ExitCodes.OK;
      }
      serving.awaitStop();
      return ExitCodes.OK;
    } finally {
      if (exitAfterReplay) {
        serving.close();
      }
    }
  }

  /** The snapshot updates the count has not logged yet: a second run resumes, not repeats. */
  private static List<Submission> unsent(LiveCount count, Newsroom newsroom, Election election) {
    Set<String> logged = new HashSet<>();
    for (LogEntry e : count.desk().since(0, Integer.MAX_VALUE).value()) {
      logged.add(e.submission().constituency() + " " + e.submission().key());
    }
    List<Submission> all =
        Sources.snapshots(election, count.contests(), newsroom.registries().parties())
            .submissions();
    return all.stream().filter(s -> !logged.contains(s.constituency() + " " + s.key())).toList();
  }
}
