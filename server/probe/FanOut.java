// Fan-out probe (JDK only; run with `java FanOut.java CLIENTS PORT COUNT TOKEN ROUNDS`):
// opens CLIENTS SSE connections to /api/v1/elections/COUNT/events on one NIO selector, waits until
// every one has its opening comment, then ROUNDS times posts one wire-format event with TOKEN and
// measures, per client, the time from just before the POST to the moment its frame "id: N" arrived.
// Prints p50 / p99 / max per round. Any wire-valid event makes a log entry (accepted or
// quarantined), so each POST is one frame for every client.
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

public class FanOut {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int port = Integer.parseInt(args[1]);
    String count = args[2];
    String token = args[3];
    int rounds = Integer.parseInt(args[4]);
    String path = "/api/v1/elections/" + count.replace("#", "%23") + "/events";
    byte[] request =
        ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    Selector selector = Selector.open();
    StringBuilder[] seen = new StringBuilder[n];
    long[] arrived = new long[n];
    boolean[] ready = new boolean[n];
    for (int i = 0; i < n; i++) {
      SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
      ch.configureBlocking(false);
      ch.write(ByteBuffer.wrap(request));
      ch.register(selector, SelectionKey.OP_READ, i);
      seen[i] = new StringBuilder();
      if (i % 1000 == 999) {
        System.err.println("connected " + (i + 1));
      }
    }
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    int readyCount = 0;
    while (readyCount < n) {
      selector.select(1000);
      for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
        SelectionKey k = it.next();
        it.remove();
        int i = (Integer) k.attachment();
        buf.clear();
        if (((SocketChannel) k.channel()).read(buf) > 0 && !ready[i]) {
          seen[i].append(new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1));
          if (seen[i].indexOf("janadesh live count") >= 0) {
            ready[i] = true;
            readyCount++;
            seen[i].setLength(0);
          }
        }
      }
    }
    System.err.println("all " + n + " streams open");
    HttpClient http = HttpClient.newHttpClient();
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(arrived, 0);
      String body =
          "{\"election\":\"ls-2024\",\"constituency\":{\"house\":\"ls\",\"state\":\"S24\",\"number\":54,"
              + "\"delimitation\":2000},\"published\":\"2024-06-04T03:30:00Z\",\"received\":\"2024-06-04T03:30:00Z\","
              + "\"key\":\"fanout:"
              + System.nanoTime()
              + "\",\"kind\":\"ResultDeclared\",\"winner\":1}";
      long t0 = System.nanoTime();
      HttpResponse<String> res =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long acked = System.nanoTime() - t0;
      String seq = res.body().replaceAll(".*\"seq\":(\\d+).*", "$1");
      String marker = "id: " + seq + "\n";
      int got = 0;
      for (int i = 0; i < n; i++) {
        seen[i].setLength(0);
      }
      long deadline = t0 + 30_000_000_000L;
      while (got < n && System.nanoTime() < deadline) {
        selector.select(100);
        for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
          SelectionKey k = it.next();
          it.remove();
          int i = (Integer) k.attachment();
          buf.clear();
          if (((SocketChannel) k.channel()).read(buf) > 0 && arrived[i] == 0) {
            seen[i].append(new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1));
            if (seen[i].indexOf(marker) >= 0) {
              arrived[i] = System.nanoTime() - t0;
              got++;
            }
          }
        }
      }
      long[] sorted = Arrays.stream(arrived).filter(a -> a > 0).sorted().toArray();
      System.out.printf(
          "round %d: status %d seq %s ack %.1f ms; %d/%d clients got it: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          r + 1, res.statusCode(), seq, acked / 1e6, sorted.length, n,
          sorted.length == 0 ? -1 : sorted[sorted.length / 2] / 1e6,
          sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
          sorted.length == 0 ? -1 : sorted[sorted.length - 1] / 1e6);
      Thread.sleep(1000);
    }
  }
}
