package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.ingest.ecisite.EciSiteEdition;
import org.junit.jupiter.api.Test;

/** Lok Sabha 2019: the results site's 542 seats and Vellore from TCPD. */
class LokSabha2019GoldenTest {
  @Test
  void the543SeatsWithVelloreSplitAsPublished() {
    SeatTally tally = Bundled.tally("ls-2019");

    assertThat(tally.seats()).isEqualTo(543);
    SeatsAssert.assertSeats(
        tally,
        Bundled.registries().parties(),
        SeatsAssert.seats("BJP", 303, "INC", 52, "DMK", 24, "CPI(M)", 3, "CPI", 2, "RSP", 1));
  }

  @Test
  void velloreAloneComesFromTcpdAndEverythingElseFromTheResultsSite() {
    List<Contest> contests = Bundled.contests("ls-2019");
    List<Contest> totalsOnly =
        contests.stream()
            .filter(
                c ->
                    ((Polled) c.outcome())
                        .candidates().stream().anyMatch(r -> r.votes() instanceof Votes.TotalOnly))
            .toList();

    assertThat(totalsOnly)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("VELLORE");
              assertThat(c.constituency().state().value()).isEqualTo("S22");
              assertThat(c.constituency().number()).isEqualTo(8);
            });
  }

  @Test
  void bothBatchesDescribeLokSabha2019AsTheResultsSiteFile() {
    ElectionId ls2019 = ElectionId.of("ls-2019");
    List<Election> descriptions =
        Bundled.all().stream()
            .flatMap(r -> r.batch().elections().stream())
            .filter(e -> e.id().equals(ls2019))
            .toList();

    assertThat(descriptions).hasSize(2).allMatch(e -> e.equals(descriptions.getFirst()));
    assertThat(descriptions.getFirst().source()).isEqualTo(EciSiteEdition.LS_2019.bundledFile());
  }

  @Test
  void tcpdOnItsOwnAlsoGives543SeatsWithTheSameLeaders() {
    List<Contest> tcpd2019 =
        Bundled.raw("tcpd-ge").batch().contests().stream()
            .filter(c -> c.election().value().equals("ls-2019"))
            .toList();
    SeatTally tally =
        org.janadesh.core.tally.Tallies.count(
            ElectionId.of("ls-2019"), "India", tcpd2019, Bundled.registries().parties());

    assertThat(tally.seats()).isEqualTo(543);
    SeatsAssert.assertSeats(
        tally, Bundled.registries().parties(), SeatsAssert.seats("BJP", 303, "INC", 52));
  }
}
