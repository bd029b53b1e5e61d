package org.janadesh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.janadesh.cli.compare.CompareCommand;
import org.janadesh.cli.constituency.ConstituencyCommand;
import org.janadesh.cli.counting.feed.IngestCommand;
import org.janadesh.cli.counting.feed.ReplayCommand;
import org.janadesh.cli.counting.live.CountsCommand;
import org.janadesh.cli.counting.live.QuarantineCommand;
import org.janadesh.cli.counting.live.StatusCommand;
import org.janadesh.cli.counting.live.TimelineCommand;
import org.janadesh.cli.demo.DemoCommand;
import org.janadesh.cli.elections.ElectionsCommand;
import org.janadesh.cli.history.HistoryCommand;
import org.janadesh.cli.imports.ImportCommand;
import org.janadesh.cli.person.PersonCommand;
import org.janadesh.cli.seat.SeatCommand;
import org.janadesh.cli.serve.ServeCommand;
import org.janadesh.cli.tally.TallyCommand;
import org.janadesh.store.sqlite.SqliteArchive;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The janadesh command: results archive and analysis for Indian elections. */
@Command(
    name = "janadesh",
    mixinStandardHelpOptions = true,
    version = "janadesh 0.1.0",
    description = "Election-results desk for India: archive, tallies, constituency results.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ElectionsCommand.class,
      TallyCommand.class,
      ConstituencyCommand.class,
      CompareCommand.class,
      HistoryCommand.class,
      PersonCommand.class,
      SeatCommand.class,
      ReplayCommand.class,
      IngestCommand.class,
      StatusCommand.class,
      TimelineCommand.class,
      QuarantineCommand.class,
      CountsCommand.class,
      ServeCommand.class
    })
public final class Janadesh implements Runnable {
  // Flyway reports every migration check at INFO on stderr; a CLI answer should not carry that.
  // Held in a field because java.util.logging keeps loggers only weakly.
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  // Helidon announces its features and sockets at INFO; `serve` prints the one line a user needs.
  private static final java.util.logging.Logger HELIDON_LOG =
      java.util.logging.Logger.getLogger("io.helidon");

  static {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    HELIDON_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "SQLite store (default: ~/.janadesh/janadesh.db, or $JANADESH_HOME/janadesh.db)")
  private @Nullable Path db;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** Opens the desk on the chosen store; callers close it. */
  public Desk desk() {
    Path chosen = db;
    return new Desk(chosen != null ? chosen : SqliteArchive.defaultLocation());
  }

  @Override
  public void run() {
    CommandLine.Model.CommandSpec s = spec;
    if (s != null) {
      s.commandLine().usage(s.commandLine().getOut());
    }
  }

  /** Builds the command line with the error handling every entry point shares. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Janadesh());
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          if (ex instanceof UserError user) {
            PrintWriter err = line.getErr();
            err.println("janadesh: " + user.getMessage());
            err.flush();
            return user.exitCode();
          }
          throw ex;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
