package org.janadesh.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.server.Newsroom;
import org.janadesh.server.ingest.Tokens;
import org.janadesh.server.live.LiveCounts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh serve}: runs the JSON API, live push and dashboard until interrupted. */
@Command(
    name = "serve",
    description = "Serve the JSON API (/api/v1), live updates and the web dashboard.")
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: 8080; 0 picks)")
  private int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Interface to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)")
  private String host = "127.0.0.1";

  @Option(
      names = "--tokens",
      paramLabel = "FILE",
      description =
          "Bearer tokens that may post counting events: one per line, 'name secret scopes' with"
              + " scopes operator, a state code (S24) or a seat (S24-54), comma-separated"
              + " (default: $JANADESH_TOKENS_FILE; none: counts are read-only over HTTP)")
  private @Nullable Path tokens;

  @Option(
      names = "--follow",
      description =
          "Run as a read node: serve and push the counts another 'janadesh serve' process writes"
              + " to the same database; this server takes no events (POST answers 405)")
  private boolean follow;

  @Option(
      names = "--poll-ms",
      paramLabel = "MILLIS",
      description =
          "With --follow: how often to look for the writer's new entries (default: 50); a read"
              + " node's clients get an event up to this much later than the writer's")
  private long pollMillis = LiveCounts.POLL.toMillis();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    Tokens loaded = tokens(tokens, System.getenv(TOKENS_ENV));
    Serving serving =
        Serving.start(newsroom(Objects.requireNonNull(root).desk().db(), loaded), host, port);
    out.println("Janadesh is serving " + serving.newsroom().db() + " at " + serving.url());
    if (follow) {
      out.println(
          "Read node: following the counts written to this database every "
              + pollMillis
              + " ms; events go to the writer.");
    } else {
      out.println(
          loaded.size() == 0
              ? "No ingest tokens (--tokens or $" + TOKENS_ENV + "): counts are read-only."
              : loaded.size() + " ingest token(s) loaded.");
    }
    out.println("Stop with Ctrl-C.");
    out.flush();
    serving.warmUp(out);
    serving.awaitStop();
    return ExitCodes.OK;
  }

  /** The newsroom the options ask for: a count's writer, or with {@code --follow} a read node. */
  Newsroom newsroom(Path db, Tokens loaded) {
    if (!follow) {
      return Newsroom.open(db, loaded);
    }
    if (pollMillis < 1) {
      throw new UserError(
          ExitCodes.USAGE, "--poll-ms must be 1 or more milliseconds, not " + pollMillis);
    }
    return Newsroom.follow(db, loaded, Newsroom.HEARTBEAT, Duration.ofMillis(pollMillis));
  }

  /** The environment variable naming the tokens file when {@code --tokens} is not given. */
  public static final String TOKENS_ENV = "JANADESH_TOKENS_FILE";

  /** The tokens of {@code option}, else of the file {@code env} names, else none. */
  static Tokens tokens(@Nullable Path option, @Nullable String env) {
    Path file = option != null ? option : env != null && !env.isBlank() ? Path.of(env) : null;
    if (file == null) {
      return Tokens.none();
    }
    if (!Files.isRegularFile(file)) {
      throw new UserError(ExitCodes.NOT_FOUND, "no tokens file " + file);
    }
    try {
      return Tokens.read(file);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, "tokens: " + e.getMessage());
    }
  }

  /** The address to print: a browser cannot open 0.0.0.0, so that becomes localhost. */
  public static String url(String host, int port) {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return "http://" + shown + ":" + port + "/";
  }
}
