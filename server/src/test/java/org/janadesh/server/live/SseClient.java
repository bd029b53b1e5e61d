package org.janadesh.server.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.janadesh.server.Client;
import org.jspecify.annotations.Nullable;

/** A test's SSE client: reads the stream on a thread of its own into events and comments. */
final class SseClient implements AutoCloseable {
  record Event(long id, String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
  private final InputStream body;
  private final HttpResponse<InputStream> response;
  private final Thread reader;

  private SseClient(HttpResponse<InputStream> response) {
    this.response = response;
    this.body = response.body();
    this.reader = Thread.ofVirtual().start(this::read);
  }

  static SseClient open(Client client, String path, @Nullable String lastEventId) {
    HttpRequest.Builder b = client.request(path).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    try {
      return new SseClient(
          java.net.http.HttpClient.newHttpClient()
              .send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<InputStream> response() {
    return response;
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      long id = -1;
      String name = "message";
      StringBuilder data = new StringBuilder();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            events.add(new Event(id, name, data.toString()));
          }
          id = -1;
          name = "message";
          data.setLength(0);
        } else if (line.startsWith(":")) {
          comments.add(line.substring(1).trim());
        } else if (line.startsWith("id: ")) {
          id = Long.parseLong(line.substring(4));
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6));
        }
      }
    } catch (IOException closed) {
      // the test closed the stream
    }
  }

  /** The next {@code n} events, failing after {@code wait}. */
  List<Event> take(int n, Duration wait) throws InterruptedException {
    List<Event> got = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    while (got.size() < n) {
      Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) {
        throw new AssertionError("only " + got.size() + " of " + n + " events within " + wait);
      }
      got.add(e);
    }
    return got;
  }

  /** Events that arrive within {@code wait}, however many. */
  List<Event> drain(Duration wait) throws InterruptedException {
    List<Event> got = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Event e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (e == null) {
        return got;
      }
      got.add(e);
    }
  }

  /** The next comment line matching {@code text}, or null after {@code wait}. */
  @Nullable String comment(String text, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      String c = comments.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (c == null || c.contains(text)) {
        return c;
      }
    }
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // closing a stream the server may already have closed
    }
    reader.interrupt();
  }
}
