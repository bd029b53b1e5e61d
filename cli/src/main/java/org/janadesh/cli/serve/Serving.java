package org.janadesh.cli.serve;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.server.ApiServer;
import org.janadesh.server.Newsroom;

/**
 * A server started for a command ({@code serve}, {@code demo}): it owns the newsroom, stops with
 * the JVM (Ctrl-C), or earlier with {@link #close()}.
 */
public final class Serving implements AutoCloseable {
  private final Newsroom newsroom;
  private final ApiServer server;
  private final String host;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook;

  private Serving(Newsroom newsroom, ApiServer server, String host) {
    this.newsroom = newsroom;
    this.server = server;
    this.host = host;
    this.hook = new Thread(this::stop);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts serving {@code newsroom} on {@code host:port}; a port that cannot be had is a usage
   * error, and the newsroom is closed.
   */
  public static Serving start(Newsroom newsroom, String host, int port) {
    try {
      return new Serving(newsroom, ApiServer.start(newsroom, host, port), host);
    } catch (RuntimeException e) {
      newsroom.close();
      throw new UserError(
          ExitCodes.USAGE, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
  }

  public Newsroom newsroom() {
    return newsroom;
  }

  /** The address to print (a browser cannot open 0.0.0.0, so that becomes localhost). */
  public String url() {
    return ServeCommand.url(host, server.port());
  }

  /**
   * Warms the person links in the background (ApiServer#warmUp) and says on {@code out} when they
   * are ready, or why not (a request then links them itself).
   */
  public void warmUp(PrintWriter out) {
    // the outcome is reported here; nothing waits for it
    CompletableFuture<Duration> unused =
        server
            .warmUp()
            .whenComplete(
                (took, failed) -> {
                  if (failed == null) {
                    out.printf(
                        Locale.ROOT,
                        "Person links ready in %.1f s: /persons and /holders answer without waiting.%n",
                        took.toNanos() / 1e9);
                  } else {
                    out.println("Person links not warmed (" + failed.getMessage() + ").");
                  }
                  out.flush();
                });
  }

  /** Blocks until the JVM is asked to stop. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops now, before the JVM does (scripts and tests). */
  @Override
  public void close() {
    Runtime.getRuntime().removeShutdownHook(hook);
    stop();
  }

  private void stop() {
    server.close();
    newsroom.close();
    stopped.countDown();
  }
}
