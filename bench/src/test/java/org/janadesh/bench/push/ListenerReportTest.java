package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenerReportTest {
  static ListenerReport report(int harness, List<ListenerReport.Client> clients) {
    return new ListenerReport(
        harness,
        clients.size() + 1,
        clients.size(),
        1,
        0,
        clients.size(),
        2,
        0,
        4242,
        950,
        300,
        Map.of("ConnectException: Connection refused", 1),
        clients);
  }

  @Test
  void aReportReadsBackAsItWasWrittenFailureReasonsAndAll() {
    ListenerReport written =
        report(
            1,
            List.of(
                new ListenerReport.Client(0, new long[] {7, 8}, new long[] {1_000, 2_000}),
                new ListenerReport.Client(1_500, new long[] {7}, new long[] {1_100})));

    ListenerReport read = ListenerReport.parse(written.text());

    assertThat(read).isEqualTo(written);
    assertThat(read.failures()).containsEntry("ConnectException: Connection refused", 1);
    assertThat(read.streams().get(0).at(8)).isEqualTo(2_000);
    assertThat(read.streams().get(1).at(8)).isEqualTo(-1);
  }

  @Test
  void theReadyFileCarriesTheCountsButNoClients() {
    ListenerReport written =
        report(0, List.of(new ListenerReport.Client(0, new long[] {7}, new long[] {1})));

    ListenerReport ready = ListenerReport.parse(written.withoutClients().text());

    assertThat(ready.ready()).isEqualTo(1);
    assertThat(ready.pid()).isEqualTo(4242);
    assertThat(ready.streams()).isEmpty();
  }

  @Test
  void aReportWithoutItsCountsIsRefusedByName() {
    assertThatThrownBy(() -> ListenerReport.parse("harness 0\nclients 3\n"))
        .hasMessageContaining("'ready'");
  }
}
