package org.janadesh.core.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.Performance;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.core.tally.Performances;

/** ALL-7: an alliance's tally is the sum of its members' tallies, whatever the results. */
class AllianceTalliesPropertiesTest {
  private static final List<String> PARTIES = List.of("BJP", "INC", "SP", "CPI(M)", "BSP", "IND");
  private static final Set<PartyId> FRONT = Set.of(PartyId.of("INC"), PartyId.of("SP"));

  @Property(tries = 200)
  void anAllianceTallyEqualsTheSumOfItsMembers(@ForAll("elections") List<Contest> contests) {
    AllianceBook book =
        AllianceBook.of(
            List.of(new Alliance(Fixtures.LS_2024, "FRONT", FRONT, Map.of())), List.of());
    PerformanceTally byAlliance =
        AllianceTallies.count(Fixtures.LS_2024, "India", Optional.empty(), contests, book);
    PerformanceTally byParty =
        Performances.count(Fixtures.LS_2024, "India", contests, PartyId::value);

    List<Performance> members =
        byParty.rows().stream().filter(r -> FRONT.contains(PartyId.of(r.subject()))).toList();
    if (members.isEmpty()) {
      assertThat(byAlliance.row("FRONT")).isEmpty();
      return;
    }
    Performance front = byAlliance.row("FRONT").orElseThrow();
    assertThat(front.won()).isEqualTo(members.stream().mapToInt(Performance::won).sum());
    assertThat(front.votes().getAsLong())
        .isEqualTo(members.stream().mapToLong(m -> m.votes().getAsLong()).sum());
    assertThat(front.candidates().getAsInt())
        .isEqualTo(members.stream().mapToInt(m -> m.candidates().getAsInt()).sum());
    assertThat(front.forfeited().getAsInt())
        .isEqualTo(members.stream().mapToInt(m -> m.forfeited().getAsInt()).sum());
    // Two members in one seat contest it once: between the largest member and the sum.
    assertThat(front.contested().getAsInt())
        .isLessThanOrEqualTo(members.stream().mapToInt(m -> m.contested().getAsInt()).sum())
        .isGreaterThanOrEqualTo(
            members.stream().mapToInt(m -> m.contested().getAsInt()).max().orElse(0));
    assertThat(byAlliance.rows().stream().mapToInt(Performance::won).sum())
        .isEqualTo(byParty.seats());
  }

  @Provide
  Arbitrary<List<Contest>> elections() {
    Arbitrary<String> party = Arbitraries.of(PARTIES);
    Arbitrary<Long> votes = Arbitraries.longs().between(0, 100_000);
    Arbitrary<List<String>> slate = party.list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<List<Long>> tallies = votes.list().ofSize(5);
    return Combinators.combine(slate, tallies)
        .as(Drawn::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(AllianceTalliesPropertiesTest::contests);
  }

  /** One drawn contest: the parties on the ballot and votes to hand out. */
  record Drawn(List<String> slate, List<Long> votes) {}

  private static List<Contest> contests(List<Drawn> drawn) {
    List<Contest> contests = new ArrayList<>();
    IntStream.range(0, drawn.size())
        .forEach(
            i -> {
              List<String> slate = drawn.get(i).slate();
              List<Long> votes = drawn.get(i).votes();
              var builder = Fixtures.contest(Fixtures.UP, i + 1, "PC " + (i + 1));
              for (int k = 0; k < slate.size(); k++) {
                builder.candidate("Candidate " + k, slate.get(k), votes.get(k));
              }
              contests.add(builder.nota(votes.get(4) / 10, 0).polled());
            });
    return contests;
  }
}
