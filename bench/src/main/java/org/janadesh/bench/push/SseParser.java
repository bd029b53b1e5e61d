package org.janadesh.bench.push;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The text/event-stream format as the WHATWG HTML standard defines it, fed bytes in whatever pieces
 * the network delivers: lines end in CR LF, LF or CR; a line starting with ':' is a comment (the
 * server's heartbeat) and dispatches nothing; a blank line dispatches the event gathered so far if
 * it has data. Lines are cut as bytes and decoded only whole, so a character split across two reads
 * arrives intact.
 */
public final class SseParser {
  private final Consumer<SseEvent> sink;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private String name = "";
  private @Nullable String lastId;
  private boolean afterCr;
  private long comments;

  public SseParser(Consumer<SseEvent> sink) {
    this.sink = sink;
  }

  public void feed(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    if (afterCr && i < end) {
      afterCr = false;
      if (bytes[i] == '\n') {
        i++; // the LF of a CR LF already ended the line
      }
    }
    while (i < end) {
      // Copy up to the next line end in one piece: a byte at a time costs the harness ~20 µs per
      // kilobyte frame, CPU that 20,000 clients would take from the server under test.
      int stop = i;
      while (stop < end && bytes[stop] != '\n' && bytes[stop] != '\r') {
        stop++;
      }
      line.write(bytes, i, stop - i);
      if (stop == end) {
        return;
      }
      endLine();
      i = stop + 1;
      if (bytes[stop] == '\r') {
        if (i == end) {
          afterCr = true;
        } else if (bytes[i] == '\n') {
          i++;
        }
      }
    }
  }

  /** Heartbeats and other comment lines seen so far. */
  public long comments() {
    return comments;
  }

  /** The stream's last event id, as a reconnect would send it in {@code Last-Event-ID}. */
  public @Nullable String lastId() {
    return lastId;
  }

  private void endLine() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.isEmpty()) {
      dispatch();
      return;
    }
    if (text.charAt(0) == ':') {
      comments++;
      return;
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "data" -> {
        data.append(value).append('\n');
        hasData = true;
      }
      case "event" -> name = value;
      case "id" -> {
        if (value.indexOf('\0') < 0) {
          lastId = value;
        }
      }
      default -> {
        // "retry" and unknown fields change nothing this harness measures.
      }
    }
  }

  private void dispatch() {
    if (hasData) {
      data.setLength(data.length() - 1); // the standard drops the last newline
      sink.accept(new SseEvent(lastId, name.isEmpty() ? "message" : name, data.toString()));
    }
    data.setLength(0);
    hasData = false;
    name = "";
  }
}
