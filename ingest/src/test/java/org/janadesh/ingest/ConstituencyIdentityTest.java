package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.EditDistance;
import org.janadesh.core.text.MatchKey;
import org.junit.jupiter.api.Test;

/**
 * A constituency id must name one place across every election that uses it. Names drift in spelling
 * (Bombay South → Mumbai South, Jullundur → Julundhar), so the check compares the first four
 * letters of the name's matching key: a renumbered seat (Uttar Pradesh's PC 1 was Tehri Garhwal
 * until 1999 and Bijnor from 2004) changes them.
 */
class ConstituencyIdentityTest {
  /**
   * Ids whose names differ in the first four letters for reasons other than renumbering: renamed
   * places and TCPD's own misspellings in by-election rows. Each is one place.
   */
  private static final Set<String> SAME_PLACE_DIFFERENT_SPELLING =
      Set.of(
          "ls/U01/1@1966", // ANDAMAN & NICOBAR ISLANDS / A. & N. ISLANDS
          "ls/S03/3@1966", // AUTONOMOUS DISTRICTS / DIPHU (ST), 1972 by-election
          "ls/U03/1@1966", // DADRA & NAGAR HAVELI / D. & N. HAVELI
          "ls/U06/1@1966", // LACCADIVE, MINICOY AND AMINDIVI / L. M. & A. ISLANDS
          "ls/S11/20@1976", // TRIVANDRUM / THIRUVANANTHAPURAM
          "ls/S22/9@1976", // WANDIWASH / VANDAVASI
          "ls/S13/28@1976", // YEOTMAL / YAVATMAL
          "ls/S18/7@1966", // PURI / MAYURBHANJ: TCPD files the 1972 Mayurbhanj by-election here
          "ls/S24/8@1966"); // RAMPUR / MATHUR: TCPD's name for the 1970 by-election row

  @Test
  void noConstituencyIdNamesTwoPlaces() {
    List<Contest> contests =
        Bundled.all().stream().flatMap(r -> r.batch().contests().stream()).toList();
    Map<ConstituencyId, Set<String>> prefixes =
        contests.stream()
            .collect(
                Collectors.groupingBy(
                    Contest::constituency,
                    TreeMap::new,
                    Collectors.mapping(
                        c -> MatchKey.of(c.name()), Collectors.toCollection(TreeSet::new))));

    Map<String, Set<String>> clashes = new TreeMap<>();
    prefixes.forEach(
        (id, names) -> {
          if (!onePlace(names) && !SAME_PLACE_DIFFERENT_SPELLING.contains(id.toString())) {
            clashes.put(id.toString(), names);
          }
        });

    assertThat(clashes).as("ids that name more than one place").isEmpty();
    List<String> notNeeded =
        SAME_PLACE_DIFFERENT_SPELLING.stream()
            .filter(
                id ->
                    prefixes.entrySet().stream()
                        .noneMatch(
                            e -> e.getKey().toString().equals(id) && !onePlace(e.getValue())))
            .sorted()
            .toList();
    assertThat(notNeeded).as("exceptions no longer needed").isEmpty();
  }

  private static boolean onePlace(Set<String> names) {
    for (String a : names) {
      for (String b : names) {
        boolean samePrefix =
            a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
        int allowed = Math.max(a.length(), b.length()) / 3;
        if (!samePrefix && EditDistance.between(a, b) > allowed) {
          return false;
        }
      }
    }
    return true;
  }
}
