package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.tally.SeatTally;

/**
 * Compares seats won per party with published figures. Parties are named by the labels the
 * publication uses and looked up through the party registry, and a failure prints every party with
 * expected and actual seats, marking the ones that differ.
 */
public final class SeatsAssert {
  private SeatsAssert() {}

  /** Expected seats in the order given: {@code seats("BJP", 240, "INC", 99)}. */
  public static Map<String, Integer> seats(Object... labelsAndSeats) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndSeats.length; i += 2) {
      map.put((String) labelsAndSeats[i], (Integer) labelsAndSeats[i + 1]);
    }
    return map;
  }

  public static void assertSeats(
      SeatTally tally, PartyRegistry parties, Map<String, Integer> expectedByLabel) {
    Map<String, int[]> rows = new LinkedHashMap<>();
    boolean differs = false;
    for (Map.Entry<String, Integer> e : expectedByLabel.entrySet()) {
      PartyId id = parties.resolve(e.getKey()).id();
      int actual = tally.won(id);
      rows.put(e.getKey() + " (" + id + ")", new int[] {e.getValue(), actual});
      differs |= actual != e.getValue();
    }
    StringBuilder diff =
        new StringBuilder(
            "seats in " + tally.election() + " (" + tally.scope() + ") differ from the record:\n");
    diff.append(String.format("  %-24s %8s %8s%n", "party", "expected", "actual"));
    rows.forEach(
        (party, v) ->
            diff.append(
                String.format("%s %-24s %8d %8d%n", v[0] == v[1] ? " " : "✗", party, v[0], v[1])));
    assertThat(differs).withFailMessage(diff.toString()).isFalse();
  }
}
