package org.janadesh.bench.push;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The listeners' receipts and the post process's sends made into one {@link Round} per event, as if
 * one harness had seen them all: a client's time for an event is its receipt of that event's id
 * minus the event's send, both on the wall clock; an event is expected by every ready client the
 * server had not closed before it was sent. An event's id is the log sequence the writer
 * acknowledged; when an acknowledgement did not say, the events are paired with the new ids the
 * clients saw in ascending order (the writer numbers them in the order they are POSTed). Whatever
 * does not add up is a problem to print, not a silent zero.
 */
final class Merge {
  private Merge() {}

  record Outcome(List<Round> rounds, List<String> problems) {
    Outcome {
      rounds = List.copyOf(rounds);
      problems = List.copyOf(problems);
    }
  }

  static Outcome of(List<ListenerReport> reports, List<Send> sends) {
    List<ListenerReport.Client> clients =
        reports.stream().flatMap(r -> r.streams().stream()).toList();
    List<String> problems = new ArrayList<>();
    long[] ids = idsOf(clients, sends, problems);
    List<Round> rounds = new ArrayList<>();
    for (int e = 0; e < sends.size(); e++) {
      Send send = sends.get(e);
      long id = e < ids.length ? ids[e] : Long.MIN_VALUE;
      long[] latencies = new long[clients.size()];
      int got = 0;
      int expected = 0;
      int early = 0;
      for (ListenerReport.Client c : clients) {
        if (c.closedAt() == 0 || c.closedAt() > send.sentMicros()) {
          expected++;
        }
        long at = c.at(id);
        if (at >= 0) {
          latencies[got++] = (at - send.sentMicros()) * 1_000;
          if (at < send.sentMicros()) {
            early++;
          }
        }
      }
      if (early > 0) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: %d clients had id %d before it was sent: the pairing of ids and POSTs is wrong",
                send.label(),
                early,
                id));
      }
      long[] sorted = Arrays.copyOf(latencies, got);
      Arrays.sort(sorted);
      rounds.add(new Round(send.label(), sorted, expected, send.ackNanos()));
    }
    return new Outcome(rounds, problems);
  }

  private static long[] idsOf(
      List<ListenerReport.Client> clients, List<Send> sends, List<String> problems) {
    TreeSet<Long> seen = new TreeSet<>();
    for (ListenerReport.Client c : clients) {
      for (long id : c.idsSeen()) {
        seen.add(id);
      }
    }
    if (sends.stream().allMatch(s -> s.id() >= 0)) {
      long[] acknowledged = sends.stream().mapToLong(Send::id).toArray();
      for (long id : acknowledged) {
        seen.remove(id);
      }
      if (!seen.isEmpty()) {
        problems.add("clients had events no POST of this run made: ids " + seen);
      }
      return acknowledged;
    }
    long[] inOrder = seen.stream().mapToLong(Long::longValue).toArray();
    if (inOrder.length != sends.size()) {
      problems.add(
          String.format(
              Locale.ROOT,
              "clients saw %d new ids %s for %d POSTs, and the acknowledgements gave no ids: the"
                  + " events are paired with them in order",
              inOrder.length,
              seen,
              sends.size()));
    }
    return inOrder;
  }
}
