package org.janadesh.cli.counting.feed;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.counting.OpenCount;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.election.Election;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.store.counting.CountSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh ingest ELECTION FILE|-}: feeds JSON lines into the REAL count of the election,
 * the count whose id is the election's own id (ADR 0008). The only way a real count is fed from the
 * command line; replays and synthetic days go to {@code janadesh replay}, which writes test counts
 * only. Lines whose keys are those of a replay or a synthetic day are refused here.
 */
@Command(
    name = "ingest",
    description = {
      "Feed counting-day updates (JSON lines, docs/data-formats.md) into the REAL count of"
          + " ELECTION. Replays and synthetic days go to `janadesh replay`.",
      "Run the same command again to resume: updates already logged change nothing (CNT-8)."
    })
public final class IngestCommand implements Callable<Integer> {
  /** Key prefixes of the replay sources; such an update is never real. */
  static final List<String> REPLAY_KEYS = List.of("syn:", "eci2024:");

  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ELECTION", description = "e.g. ls-2029")
  private String election = "";

  @Parameters(index = "1", paramLabel = "FILE|-", description = "JSON lines; - for standard input")
  private String source = "";

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
      CountSession session = CountSession.real(chosen.id(), "real count of " + chosen.id());
      try (OpenCount count = OpenCount.feed(desk, chosen, session)) {
        Feeder feeder =
            new Feeder(
                count.counting(),
                Pace.parse("max", System::nanoTime, wait -> {}),
                acks ? out : null,
                err,
                System::nanoTime);
        Sources.jsonLines(
            source,
            System.in,
            new Sources.LineSink() {
              @Override
              public void good(String file, long line, Submission s) {
                if (REPLAY_KEYS.stream().anyMatch(s.key()::startsWith)) {
                  feeder.reject(
                      new Rejection(
                          file,
                          line,
                          "key",
                          "'"
                              + s.key()
                              + "' is the key of a replay or a synthetic day, never of the real"
                              + " count; feed it to a test count with `janadesh replay --source"
                              + " FILE`"));
                } else {
                  feeder.send(s);
                }
              }

              @Override
              public void bad(Rejection rejection) {
                feeder.reject(rejection);
              }
            });
        FeedSummary summary = feeder.finish();
        summary.print(out);
        out.flush();
        return summary.badLines() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
      }
    }
  }
}
