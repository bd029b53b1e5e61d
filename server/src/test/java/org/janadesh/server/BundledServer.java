package org.janadesh.server;

import org.jspecify.annotations.Nullable;

/**
 * One server over the shared bundled archive for every read-only API test class of the JVM: started
 * on first use, stopped when the test JVM exits. Tests that write start their own.
 */
public final class BundledServer {
  private static @Nullable Client client;

  private BundledServer() {}

  public static synchronized Client client() {
    Client started = client;
    if (started == null) {
      Newsroom newsroom = Newsroom.open(Archive.bundled());
      ApiServer server = ApiServer.start(newsroom, "127.0.0.1", 0);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    newsroom.close();
                  }));
      started = new Client(server.port());
      client = started;
    }
    return started;
  }
}
