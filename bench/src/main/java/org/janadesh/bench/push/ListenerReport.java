package org.janadesh.bench.push;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one listening harness process hands the post process: its counts (clients asked, ready,
 * failed by reason, closed by the server, events before recording, heartbeats, events without a
 * numeric id), its pid and CPU time, how long connecting took, and for each ready client when it
 * was closed (0: never) and every new event it had, by id, stamped with the wall clock in
 * microseconds. As text, one {@code name value} per line and one line per client (its first word
 * "client"); the ready file is the same without the clients.
 */
record ListenerReport(
    int harness,
    int clients,
    int ready,
    int failed,
    int closed,
    long eventsBefore,
    long heartbeats,
    long unnumbered,
    long pid,
    long connectMillis,
    long cpuMillis,
    Map<String, Integer> failures,
    List<Client> streams) {

  ListenerReport {
    failures = Map.copyOf(failures);
    streams = List.copyOf(streams);
  }

  /**
   * One ready client: when the server closed it (0: it did not), the ids it had and when. A class,
   * not a record: it holds arrays.
   */
  static final class Client {
    private final long closedAt;
    private final long[] ids;
    private final long[] micros;

    Client(long closedAt, long[] ids, long[] micros) {
      if (ids.length != micros.length) {
        throw new IllegalArgumentException(ids.length + " ids but " + micros.length + " times");
      }
      this.closedAt = closedAt;
      this.ids = ids.clone();
      this.micros = micros.clone();
    }

    long closedAt() {
      return closedAt;
    }

    /** When this client had event {@code id}, or -1 if it did not. */
    long at(long id) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == id) {
          return micros[i];
        }
      }
      return -1;
    }

    long[] idsSeen() {
      return ids.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Client c
          && c.closedAt == closedAt
          && Arrays.equals(c.ids, ids)
          && Arrays.equals(c.micros, micros);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Long.hashCode(closedAt) + Arrays.hashCode(ids)) + Arrays.hashCode(micros);
    }

    @Override
    public String toString() {
      return "Client[closedAt=" + closedAt + ", ids=" + Arrays.toString(ids) + "]";
    }
  }

  /** The same counts without the clients: what the ready file says. */
  ListenerReport withoutClients() {
    return new ListenerReport(
        harness,
        clients,
        ready,
        failed,
        closed,
        eventsBefore,
        heartbeats,
        unnumbered,
        pid,
        connectMillis,
        cpuMillis,
        failures,
        List.of());
  }

  String text() {
    StringBuilder out = new StringBuilder();
    line(out, "harness", harness);
    line(out, "clients", clients);
    line(out, "ready", ready);
    line(out, "failed", failed);
    line(out, "closed", closed);
    line(out, "before", eventsBefore);
    line(out, "heartbeats", heartbeats);
    line(out, "unnumbered", unnumbered);
    line(out, "pid", pid);
    line(out, "connect-ms", connectMillis);
    line(out, "cpu-ms", cpuMillis);
    failures.forEach(
        (why, n) -> out.append("failure ").append(n).append(' ').append(oneLine(why)).append('\n'));
    for (Client c : streams) {
      out.append("client ").append(c.closedAt);
      for (int i = 0; i < c.ids.length; i++) {
        out.append(' ').append(c.ids[i]).append(':').append(c.micros[i]);
      }
      out.append('\n');
    }
    return out.toString();
  }

  static ListenerReport parse(String text) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Integer> failures = new LinkedHashMap<>();
    List<Client> clients = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(" ", -1);
      switch (f[0]) {
        case "failure" ->
            failures.merge(
                line.substring(line.indexOf(' ', 8) + 1), Integer.parseInt(f[1]), Integer::sum);
        case "client" -> clients.add(client(f));
        default -> counts.put(f[0], Long.parseLong(f[1]));
      }
    }
    return new ListenerReport(
        (int) count(counts, "harness"),
        (int) count(counts, "clients"),
        (int) count(counts, "ready"),
        (int) count(counts, "failed"),
        (int) count(counts, "closed"),
        count(counts, "before"),
        count(counts, "heartbeats"),
        count(counts, "unnumbered"),
        count(counts, "pid"),
        count(counts, "connect-ms"),
        count(counts, "cpu-ms"),
        failures,
        clients);
  }

  private static Client client(String[] f) {
    long[] ids = new long[f.length - 2];
    long[] micros = new long[f.length - 2];
    for (int i = 2; i < f.length; i++) {
      int colon = f[i].indexOf(':');
      ids[i - 2] = Long.parseLong(f[i].substring(0, colon));
      micros[i - 2] = Long.parseLong(f[i].substring(colon + 1));
    }
    return new Client(Long.parseLong(f[1]), ids, micros);
  }

  private static long count(Map<String, Long> counts, String name) {
    Long value = counts.get(name);
    if (value == null) {
      throw new IllegalArgumentException("a listener's report has no '" + name + "' line");
    }
    return value;
  }

  private static void line(StringBuilder out, String name, long value) {
    out.append(name).append(' ').append(value).append('\n');
  }

  private static String oneLine(String why) {
    return why.replace('\n', ' ').replace('\r', ' ');
  }
}
