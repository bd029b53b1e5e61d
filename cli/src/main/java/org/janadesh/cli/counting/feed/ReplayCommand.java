package org.janadesh.cli.counting.feed;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.counting.Moments;
import org.janadesh.cli.counting.OpenCount;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.ingest.counting.SnapshotReplay;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.store.counting.CountSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh replay ELECTION --source snapshots|synthetic|FILE|-}: feeds a stream into a TEST
 * count ({@code ELECTION#label}, ADR 0008) through the counting desk. Never the real count: that is
 * {@code janadesh ingest}. Running the same replay again resumes it (CNT-8).
 */
@Command(
    name = "replay",
    description = {
      "Feed a TEST count (ELECTION#LABEL) with the 2024 results-site snapshots, a synthetic"
          + " counting day or JSON lines, through the durable counting log.",
      "Run the same command again to resume an interrupted replay: updates already logged are"
          + " duplicates and change nothing (CNT-8)."
    })
public final class ReplayCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ELECTION", description = "e.g. ls-2024")
  private String election = "";

  @Option(
      names = "--source",
      required = true,
      paramLabel = "snapshots|synthetic|FILE|-",
      description =
          "snapshots (ls-2024 results-site snapshots), synthetic (a counting day made from the"
              + " archived result), a JSON-lines file, or - for standard input")
  private String source = "";

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the synthetic day (default: ${DEFAULT-VALUE})")
  private long seed = 1;

  @Option(
      names = "--start",
      paramLabel = "TIME",
      description =
          "When the synthetic day's counting starts (default: 08:00 IST on 1 January of the"
              + " election's year, a nominal day)")
  private @Nullable String start;

  @Option(
      names = "--speed",
      paramLabel = "60x|max",
      defaultValue = "max",
      description =
          "max: as fast as the log acknowledges; 60x: the source's published times sped up 60"
              + " times (default: ${DEFAULT-VALUE})")
  private String speed = "max";

  @Option(
      names = "--label",
      paramLabel = "LABEL",
      description =
          "The test count's label, ELECTION#LABEL (default: snapshots, syn-seed-N or jsonl)")
  private @Nullable String label;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Send only the updates for seats of this state")
  private @Nullable String state;

  @Option(
      names = "--acks",
      description =
          "Print each acknowledgement to stdout as it becomes durable: ack, sequence, outcome,"
              + " constituency, key (tab-separated)")
  private boolean acks;

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      Election chosen = desk.election(election);
      Optional<StateCode> scope = desk.state(state, chosen);
      Predicate<Submission> inScope =
          s -> scope.isEmpty() || s.constituency().state().equals(scope.get());
      Pace pace = Pace.parse(speed, System::nanoTime, wait -> Thread.sleep(wait));
      Instant synthStart =
          start != null ? Moments.parse(start, "--start") : Sources.nominalStart(chosen);
      CountSession session = session(chosen, synthStart);
      List<Submission> prepared =
          switch (source) {
            case "snapshots" -> {
              SnapshotReplay.Stream stream =
                  Sources.snapshots(chosen, desk.contests(chosen), desk.registries().parties());
              stream
                  .rejections()
                  .forEach(r -> err.println("janadesh: snapshot row not used: " + r));
              yield stream.submissions();
            }
            case "synthetic" ->
                Sources.synthetic(chosen, desk.contests(chosen), seed, synthStart, scope);
            default -> List.of();
          };
      try (OpenCount count = OpenCount.feed(desk, chosen, session)) {
        Feeder feeder =
            new Feeder(count.counting(), pace, acks ? out : null, err, System::nanoTime);
        switch (source) {
          case "snapshots", "synthetic" -> prepared.stream().filter(inScope).forEach(feeder::send);
          default ->
              Sources.jsonLines(
                  source,
                  System.in,
                  new Sources.LineSink() {
                    @Override
                    public void good(String file, long line, Submission s) {
                      if (inScope.test(s)) {
                        feeder.send(s);
                      }
                    }

                    @Override
                    public void bad(Rejection rejection) {
                      feeder.reject(rejection);
                    }
                  });
        }
        FeedSummary summary = feeder.finish();
        summary.print(out);
        out.flush();
        return summary.badLines() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
      }
    }
  }

  private CountSession session(Election chosen, Instant synthStart) {
    String description =
        switch (source) {
          case "snapshots" -> "replay of the ECI results-site snapshots of 4 June 2024";
          case "synthetic" ->
              "synthetic counting day made from the archived result, seed "
                  + seed
                  + ", counting from "
                  + synthStart;
          default -> "replay of JSON lines";
        };
    String chosenLabel =
        label != null
            ? label.trim()
            : switch (source) {
              case "snapshots" -> "snapshots";
              case "synthetic" -> "syn-seed-" + seed;
              default -> "jsonl";
            };
    try {
      return CountSession.test(chosen.id(), chosenLabel, description);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, "--label: " + e.getMessage());
    }
  }
}
