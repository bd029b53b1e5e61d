package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two listeners' receipts (wall-clock microseconds) and the post process's sends merged into the
 * per-event figures one harness would have printed.
 */
class MergeTest {
  private static final long T0 = 1_795_532_000_000_000L; // some wall-clock instant, in µs
  private static final long MS = 1_000_000; // a nanosecond figure's millisecond

  private static ListenerReport.Client client(long closedAt, long... idAndOffsetMillis) {
    long[] ids = new long[idAndOffsetMillis.length / 2];
    long[] micros = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = idAndOffsetMillis[2 * i];
      micros[i] = T0 + 1_000 * idAndOffsetMillis[2 * i + 1];
    }
    return new ListenerReport.Client(closedAt, ids, micros);
  }

  private static Send send(String label, long atMillis, long id) {
    return new Send(label, T0 + 1_000 * atMillis, 3 * MS, id, "");
  }

  @Test
  void eachEventsLatenciesAreReceiptMinusSendOverEveryListenersClients() {
    ListenerReport first =
        ListenerReportTest.report(
            0, List.of(client(0, 11, 10, 12, 1_030), client(0, 11, 20, 12, 1_010)));
    ListenerReport second = ListenerReportTest.report(1, List.of(client(0, 11, 40, 12, 1_050)));

    Merge.Outcome merged =
        Merge.of(
            List.of(first, second),
            List.of(send("warm-up 1/1", 0, 11), send("event 1/1", 1_000, 12)));

    assertThat(merged.problems()).isEmpty();
    assertThat(merged.rounds()).hasSize(2);
    Round warm = merged.rounds().get(0);
    assertThat(warm.expected()).isEqualTo(3);
    assertThat(warm.p50()).isEqualTo(20 * MS);
    assertThat(warm.max()).isEqualTo(40 * MS);
    assertThat(merged.rounds().get(1).line(""))
        .isEqualTo(
            "event 1/1       | POST ack 3.0 ms; received 3 of 3; p50 30.0  p99 50.0  max 50.0 ms");
    assertThat(Round.pooled(merged.rounds().subList(1, 2)))
        .containsExactly(10 * MS, 30 * MS, 50 * MS);
  }

  @Test
  void aClientClosedBeforeAnEventWasSentIsNotExpectedToHaveIt() {
    ListenerReport listener =
        ListenerReportTest.report(
            0, List.of(client(0, 11, 10, 12, 1_010), client(T0 + 500_000, 11, 15)));

    Merge.Outcome merged =
        Merge.of(List.of(listener), List.of(send("a", 0, 11), send("b", 1_000, 12)));

    assertThat(merged.rounds().get(0).line("")).contains("received 2 of 2");
    assertThat(merged.rounds().get(1).line("")).contains("received 1 of 1");
  }

  @Test
  void aClientThatMissedAnEventCountsAsMissingNotAsZero() {
    ListenerReport listener = ListenerReportTest.report(0, List.of(client(0, 11, 10), client(0)));

    Merge.Outcome merged = Merge.of(List.of(listener), List.of(send("a", 0, 11)));

    assertThat(merged.rounds().get(0).line("")).contains("received 1 of 2; p50 10.0");
  }

  @Test
  void withoutAcknowledgedIdsTheNewIdsArePairedWithThePostsInOrder() {
    ListenerReport listener = ListenerReportTest.report(0, List.of(client(0, 11, 10, 12, 1_020)));

    Merge.Outcome merged =
        Merge.of(List.of(listener), List.of(send("a", 0, -1), send("b", 1_000, -1)));

    assertThat(merged.problems()).isEmpty();
    assertThat(merged.rounds().get(1).max()).isEqualTo(20 * MS);
  }

  @Test
  void idsThatDoNotMatchThePostsAreReportedAsAProblem() {
    ListenerReport listener =
        ListenerReportTest.report(0, List.of(client(0, 11, 10, 12, 20, 13, 30)));

    assertThat(
            Merge.of(List.of(listener), List.of(send("a", 0, -1), send("b", 1_000, -1))).problems())
        .anySatisfy(p -> assertThat(p).contains("3 new ids [11, 12, 13] for 2 POSTs"));
    assertThat(
            Merge.of(List.of(listener), List.of(send("a", 0, 11), send("b", 1_000, 12))).problems())
        .anySatisfy(p -> assertThat(p).contains("no POST of this run made: ids [13]"))
        .anySatisfy(p -> assertThat(p).contains("b: 1 clients had id 12 before it was sent"));
  }
}
