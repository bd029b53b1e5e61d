package org.janadesh.cli.serve;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.server.ApiServer;
import org.janadesh.server.Newsroom;
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

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    Newsroom newsroom = Newsroom.open(Objects.requireNonNull(root).desk().db());
    ApiServer server;
    try {
      server = ApiServer.start(newsroom, host, port);
    } catch (RuntimeException e) {
      newsroom.close();
      throw new UserError(
          ExitCodes.USAGE, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  newsroom.close();
                  stopped.countDown();
                }));
    out.println("Janadesh is serving " + newsroom.db() + " at " + url(host, server.port()));
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /** The address to print: a browser cannot open 0.0.0.0, so that becomes localhost. */
  public static String url(String host, int port) {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return "http://" + shown + ":" + port + "/";
  }
}
