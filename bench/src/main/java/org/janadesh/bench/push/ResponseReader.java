package org.janadesh.bench.push;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 response read incrementally off a non-blocking socket: status line, headers, then the
 * body, de-chunked when {@code Transfer-Encoding: chunked} (an endless SSE stream usually is),
 * handed on as it arrives.
 */
public final class ResponseReader {
  /** Where the body's bytes go. */
  public interface Body {
    void bytes(byte[] bytes, int offset, int length);
  }

  private enum State {
    STATUS,
    HEADERS,
    IDENTITY,
    CHUNK_SIZE,
    CHUNK_DATA,
    CHUNK_END,
    DONE
  }

  private final Body body;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
  private final Map<String, String> headers = new HashMap<>();
  private State state = State.STATUS;
  private int status;
  private long chunkLeft;

  public ResponseReader(Body body) {
    this.body = body;
  }

  public void feed(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      switch (state) {
        case STATUS, HEADERS, CHUNK_SIZE, CHUNK_END -> {
          byte b = bytes[i++];
          if (b == '\n') {
            endLine(stripCr(line.toString(StandardCharsets.ISO_8859_1)));
            line.reset();
          } else {
            line.write(b);
          }
        }
        case IDENTITY -> {
          body.bytes(bytes, i, end - i);
          i = end;
        }
        case CHUNK_DATA -> {
          int n = (int) Math.min(chunkLeft, end - i);
          body.bytes(bytes, i, n);
          i += n;
          chunkLeft -= n;
          if (chunkLeft == 0) {
            state = State.CHUNK_END;
          }
        }
        case DONE -> i = end;
      }
    }
  }

  private static String stripCr(String text) {
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private void endLine(String text) {
    switch (state) {
      case STATUS -> {
        String[] parts = text.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
          throw new IllegalStateException("not an HTTP status line: " + text);
        }
        status = Integer.parseInt(parts[1]);
        state = State.HEADERS;
      }
      case HEADERS -> {
        if (text.isEmpty()) {
          String coding = header("transfer-encoding");
          boolean chunked = coding != null && coding.toLowerCase(Locale.ROOT).contains("chunked");
          state = chunked ? State.CHUNK_SIZE : State.IDENTITY;
        } else {
          int colon = text.indexOf(':');
          if (colon > 0) {
            headers.put(
                text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                text.substring(colon + 1).trim());
          }
        }
      }
      case CHUNK_SIZE -> {
        int semicolon = text.indexOf(';');
        String hex = (semicolon < 0 ? text : text.substring(0, semicolon)).trim();
        chunkLeft = Long.parseLong(hex, 16);
        state = chunkLeft == 0 ? State.DONE : State.CHUNK_DATA;
      }
      case CHUNK_END -> state = State.CHUNK_SIZE; // the CR LF after a chunk's data
      case IDENTITY, CHUNK_DATA, DONE -> throw new IllegalStateException("no line in " + state);
    }
  }

  /** True once the blank line after the headers has arrived. */
  public boolean headersDone() {
    return state != State.STATUS && state != State.HEADERS;
  }

  /** True when a chunked body has ended (the stream is over). */
  public boolean ended() {
    return state == State.DONE;
  }

  public int status() {
    return status;
  }

  /** A header by its name in any case, or null. */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
