package org.janadesh.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Requests written to a raw socket and responses read back by their framing, because an HTTP client
 * would forgive a framing slip that a proxy would not.
 */
final class RawHttp {
  private RawHttp() {}

  static String request(String method, String path, String headers) {
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
  }

  /**
   * Sends {@code requests} at once, reads {@code count} responses (a response to a HEAD carries no
   * body whatever its Content-Length says: {@code heads} marks them), then reads on until the
   * server ends the stream or {@code timeoutMillis} pass. Returns the responses and whether the
   * server closed the connection.
   */
  static Exchange exchange(int port, String requests, List<Boolean> heads, int timeoutMillis)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      out.write(requests.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      List<Reply> replies = new ArrayList<>();
      for (boolean head : heads) {
        Reply reply = reply(in, head);
        if (reply == null) {
          break;
        }
        replies.add(reply);
      }
      boolean closed;
      byte[] extra = new byte[0];
      try {
        extra = in.readNBytes(1);
        closed = extra.length == 0;
      } catch (java.net.SocketTimeoutException e) {
        closed = false;
      }
      return new Exchange(replies, closed, extra.length);
    }
  }

  /** What came back: the responses, whether the server closed, and bytes after the last one. */
  record Exchange(List<Reply> replies, boolean closed, int trailingBytes) {}

  private static @Nullable Reply reply(InputStream in, boolean head) throws IOException {
    String status = line(in);
    if (status == null) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    @Nullable String header;
    while ((header = line(in)) != null && !header.isEmpty()) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
    }
    int length = head ? 0 : Integer.parseInt(headers.getOrDefault("content-length", "0"));
    return new Reply(status, headers, in.readNBytes(length));
  }

  /** One CRLF-ended line, or null at the end of the stream. */
  private static @Nullable String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
  }

  /** A class, not a record: it holds an array. */
  static final class Reply {
    private final String status;
    private final Map<String, String> headers;
    private final byte[] body;

    Reply(String status, Map<String, String> headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    String status() {
      return status;
    }

    Map<String, String> headers() {
      return headers;
    }

    byte[] body() {
      return body;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
