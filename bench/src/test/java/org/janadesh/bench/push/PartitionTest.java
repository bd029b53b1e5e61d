package org.janadesh.bench.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTest {
  @Test
  void twentyThousandClientsSplitEvenlyOverTwoHarnessesAndTwoNodes() {
    List<Partition> shares = Partition.of(20_000, 2);

    assertThat(shares)
        .containsExactly(new Partition(0, 0, 10_000), new Partition(1, 10_000, 10_000));
    // Round-robin from each share's first client: each node gets half of each share.
    assertThat(shares).allMatch(s -> s.onNode(0, 2) == 5_000 && s.onNode(1, 2) == 5_000);
  }

  @Test
  void theRemainderGoesOneEachToTheFirstShares() {
    List<Partition> shares = Partition.of(10, 3);

    assertThat(shares)
        .containsExactly(new Partition(0, 0, 4), new Partition(1, 4, 3), new Partition(2, 7, 3));
  }

  @Test
  void clientsNumberedOverTheWholeRunSpreadEvenlyOverNodesWhateverTheSplit() {
    List<Partition> shares = Partition.of(20_001, 3);

    for (int node = 0; node < 4; node++) {
      int n = node;
      int onNode = shares.stream().mapToInt(s -> s.onNode(n, 4)).sum();
      assertThat(onNode).as("node %d", node).isBetween(5_000, 5_001);
    }
    assertThat(shares.stream().mapToInt(Partition::clients).sum()).isEqualTo(20_001);
  }

  @Test
  void moreHarnessesThanClientsIsRefused() {
    assertThatThrownBy(() -> Partition.of(2, 3)).hasMessageContaining("each needs one");
  }
}
