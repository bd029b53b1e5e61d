package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.AllianceTallies;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.comparison.Comparisons;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.comparison.SeatChange;
import org.janadesh.core.comparison.Side;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.history.Histories;
import org.janadesh.core.history.SeatHistory;
import org.janadesh.core.history.YearSeats;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.junit.jupiter.api.Test;

/** Alliances, comparisons and histories over the bundled real data, against published figures. */
class AlliancesGoldenTest {
  private static final ElectionId LS_2024 = ElectionId.lokSabha(2024);
  private static final ElectionId LS_2019 = ElectionId.lokSabha(2019);
  private static final AllianceBook BOOK = AlliancesCsv.loadBundled(Bundled.registries());

  private static PerformanceTally national(ElectionId election) {
    return AllianceTallies.count(
        election, "India", Optional.empty(), Bundled.contests(election.value()), BOOK);
  }

  private static PerformanceTally state(ElectionId election, String code) {
    StateCode s = StateCode.of(code);
    List<Contest> inState =
        Bundled.contests(election.value()).stream()
            .filter(c -> c.constituency().state().equals(s))
            .toList();
    return AllianceTallies.count(election, code, Optional.of(s), inState, BOOK);
  }

  @Test
  void nationally2024NdaWon293AndIndia234WithAitcCountedIn() {
    PerformanceTally tally = national(LS_2024);

    assertThat(tally.won("NDA")).isEqualTo(293);
    assertThat(tally.won("INDIA")).isEqualTo(234);
    assertThat(tally.won("Others")).isEqualTo(543 - 293 - 234);
    assertThat(tally.majorityMark()).isEqualTo(272);
    assertThat(tally.rows().getLast().subject()).isEqualTo("Others");
  }

  @Test
  void inWestBengal2024AitcFoughtAloneSoItsTwentyNineSeatsAreOutsideIndia() {
    PerformanceTally wb = state(LS_2024, "S25");

    assertThat(wb.won("Others")).isEqualTo(29);
    assertThat(wb.won("INDIA")).isEqualTo(1);
    assertThat(wb.won("NDA")).isEqualTo(12);
    assertThat(BOOK.alliances(LS_2024).stream().filter(a -> a.name().equals("INDIA")))
        .singleElement()
        .satisfies(a -> assertThat(a.apartIn(StateCode.of("S25"))).contains(PartyId.of("AITC")));
  }

  @Test
  void inKerala2024TheFrontsAreUdfAgainstLdfNotIndia() {
    PerformanceTally kerala = state(LS_2024, "S11");

    assertThat(kerala.won("UDF")).isEqualTo(18);
    assertThat(kerala.won("LDF")).isEqualTo(1);
    assertThat(kerala.won("NDA")).isEqualTo(1);
    assertThat(kerala.row("INDIA")).isEmpty();
  }

  @Test
  void in2019TheNdaAndUpaOfTheRecordedMembershipsWon351And92() {
    PerformanceTally tally = national(LS_2019);

    assertThat(tally.won("NDA")).isEqualTo(351);
    assertThat(tally.won("UPA")).isEqualTo(92);
    assertThat(state(LS_2019, "S22").won("UPA")).isEqualTo(38);
  }

  @Test
  void anAllianceDepositsAndStrikeRateComeFromItsCandidates() {
    var nda = national(LS_2024).row("NDA").orElseThrow();

    assertThat(nda.contested().getAsInt()).isBetween(nda.won(), 543);
    assertThat(nda.forfeited().getAsInt()).isLessThan(nda.candidates().getAsInt());
    assertThat(nda.strikeRate().getAsDouble()).isBetween(50.0, 100.0);
  }

  @Test
  void cpimWentFromThreeToFourSeatsIn2024WithTheseFlips() {
    ElectionComparison cmp =
        Comparisons.compare(
                "India",
                Side.byParty(LS_2019, Bundled.contests("ls-2019")),
                Side.byParty(LS_2024, Bundled.contests("ls-2024")))
            .about("CPI(M)");

    assertThat(cmp.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.seatsPrevious()).isEqualTo(3);
              assertThat(r.seatsCurrent()).isEqualTo(4);
              assertThat(r.change()).isEqualTo(1);
            });
    assertThat(describe(cmp.seats()))
        .containsExactlyInAnyOrder(
            "MADURAI held",
            "SIKAR BJP->CPI(M)",
            "ALATHUR INC->CPI(M)",
            "DINDIGUL DMK->CPI(M)",
            "ALAPPUZHA CPI(M)->INC",
            "COIMBATORE CPI(M)->DMK");
  }

  @Test
  void seatsOfAssamAndJammuAndKashmirAreNotComparableAcrossTheirNewDelimitations() {
    ElectionComparison cmp =
        Comparisons.compare(
            "India",
            Side.byParty(LS_2019, Bundled.contests("ls-2019")),
            Side.byParty(LS_2024, Bundled.contests("ls-2024")));

    assertThat(cmp.notComparable())
        .allSatisfy(n -> assertThat(n.reason()).startsWith("CMP-1"))
        .anySatisfy(n -> assertThat(n.constituency().state().value()).isEqualTo("S03"))
        .anySatisfy(n -> assertThat(n.constituency().state().value()).isEqualTo("U08"));
    assertThat(cmp.seats().size() + countIn(cmp, LS_2024)).isEqualTo(543);
  }

  @Test
  void cpimAndCpiTogetherWonFiveIn2019TheirLowestEver() {
    SeatHistory history = history("CPI(M)+CPI", "CPI(M)", "CPI");

    assertThat(history.lowest()).contains(new YearSeats(2019, LS_2019, 5));
    assertThat(history.years().getFirst().year()).isEqualTo(1952);
  }

  @Test
  void incsLowestWas44In2014AndBjpWon2In1984() {
    assertThat(history("INC", "INC").lowest())
        .contains(new YearSeats(2014, ElectionId.lokSabha(2014), 44));
    SeatHistory bjp = history("BJP", "BJP");
    assertThat(bjp.years().getFirst()).isEqualTo(new YearSeats(1984, ElectionId.lokSabha(1984), 2));
    assertThat(bjp.highest()).contains(new YearSeats(2019, LS_2019, 303));
  }

  @Test
  void theLeftGroupIsRecordedForEveryElection() {
    Bloc left = BOOK.group("left").orElseThrow();

    assertThat(left.members())
        .extracting(PartyId::value)
        .containsExactlyInAnyOrder("CPI(M)", "CPI", "CPI(ML)L", "RSP", "AIFB");
  }

  private static long countIn(ElectionComparison cmp, ElectionId election) {
    return cmp.notComparable().stream().filter(n -> n.election().equals(election)).count();
  }

  private static SeatHistory history(String subject, String... parties) {
    List<Histories.ElectionResults> all = new ArrayList<>();
    for (int year :
        List.of(
            1952, 1957, 1962, 1967, 1971, 1977, 1980, 1984, 1989, 1991, 1996, 1998, 1999, 2004,
            2009, 2014, 2019, 2024)) {
      String id = "ls-" + year;
      all.add(new Histories.ElectionResults(election(id), Bundled.contests(id)));
    }
    Set<PartyId> members =
        java.util.Arrays.stream(parties)
            .map(PartyId::of)
            .collect(java.util.stream.Collectors.toSet());
    return Histories.of(subject, members, all);
  }

  private static org.janadesh.core.election.Election election(String id) {
    return Bundled.all().stream()
        .flatMap(r -> r.batch().elections().stream())
        .filter(e -> e.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> describe(List<SeatChange> seats) {
    return seats.stream()
        .map(s -> s.name() + (s.held() ? " held" : " " + s.from() + "->" + s.to()))
        .toList();
  }
}
