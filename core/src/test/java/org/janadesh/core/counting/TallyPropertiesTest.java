package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A tally keeps its candidates in two unboxed arrays; it must still read, add, compare and hash
 * exactly as the sorted map of the same votes did.
 */
class TallyPropertiesTest {
  @Property
  void aTallyIsTheSortedMapOfItsVotes(
      @ForAll @Size(max = 40)
          Map<@IntRange(min = 1, max = 60) Integer, @LongRange(min = 0) Long> votes) {
    Tally tally = Tally.of(new HashMap<>(votes), 0);
    TreeMap<Integer, Long> sorted = new TreeMap<>(votes);

    assertThat(tally.candidates()).isEqualTo(sorted).hasSameHashCodeAs(sorted);
    assertThat(sorted).isEqualTo(tally.candidates());
    assertThat(new ArrayList<>(tally.candidates().keySet()))
        .containsExactlyElementsOf(sorted.keySet());
    assertThat(tally.candidates()).hasToString(sorted.toString());
    for (int serial = 0; serial <= 61; serial++) {
      assertThat(tally.votes(serial)).isEqualTo(sorted.getOrDefault(serial, 0L));
      assertThat(tally.candidates().get(serial)).isEqualTo(sorted.get(serial));
    }
    assertThat(tally).isEqualTo(Tally.of(sorted, 0));
  }

  @Property
  void evmPlusPostalAddsSerialBySerial(
      @ForAll @Size(max = 30)
          Map<@IntRange(min = 1, max = 40) Integer, @IntRange(min = 0) Integer> evm,
      @ForAll @Size(max = 30)
          Map<@IntRange(min = 1, max = 40) Integer, @IntRange(min = 0) Integer> postal,
      @ForAll @IntRange(min = 0, max = 1000) int nota) {
    Tally a = Tally.of(longs(evm), nota);
    Tally b = Tally.of(longs(postal), 7);
    TreeMap<Integer, Long> expected = new TreeMap<>(longs(evm));
    longs(postal).forEach((serial, v) -> expected.merge(serial, v, Long::sum));

    Tally sum = a.plus(b);

    assertThat(sum.candidates()).isEqualTo(expected);
    assertThat(sum.nota()).isEqualTo(nota + 7L);
    assertThat(sum.candidateVotes())
        .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    assertThat(sum.total()).isEqualTo(sum.candidateVotes() + nota + 7);
    assertThat(b.plus(a)).isEqualTo(sum);
  }

  @Test
  void aTallyRefusesSerialsBelowOneAndNegativeVotesNamingTheFirstInBallotOrder() {
    Map<Integer, Long> both = new HashMap<>(Map.of(5, -1L, 0, 3L));
    assertThatThrownBy(() -> Tally.of(both, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate serial must be 1 or more: 0");
    assertThatThrownBy(() -> Tally.of(Map.of(2, 1L, 3, -4L), 0))
        .hasMessage("negative votes for serial 3");
    assertThatThrownBy(() -> Tally.of(Map.of(), -1)).hasMessage("negative NOTA votes: -1");
  }

  @Test
  void theCandidatesOfATallyCannotBeChanged() {
    Tally tally = Tally.of(Map.of(1, 10L), 0);
    assertThatThrownBy(() -> tally.candidates().put(2, 5L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tally.candidates().entrySet().iterator().next().setValue(3L))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Integer> serials = new ArrayList<>(tally.candidates().keySet());
    assertThat(serials).containsExactly(1);
  }

  private static Map<Integer, Long> longs(Map<Integer, Integer> votes) {
    Map<Integer, Long> out = new HashMap<>();
    votes.forEach((serial, v) -> out.put(serial, (long) v));
    return out;
  }
}
