package org.janadesh.core.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.janadesh.core.fixture.Fixtures.GUJARAT;
import static org.janadesh.core.fixture.Fixtures.UP;
import static org.janadesh.core.fixture.Fixtures.contest;

import java.util.List;
import java.util.Map;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.fixture.Fixtures;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.Test;

class NominationsTest {
  @Test
  void theArchiveGivesEveryCandidateOfAPollTheUnopposedOneAndWinnersWhereThatIsAll() {
    Contest surat = contest(GUJARAT, 24, "SURAT").uncontested("MUKESH DALAL", "BJP");
    Contest old = contest(UP, 5, "OLD SEAT").winnersOnly("INC", "INC");

    Nominations n = Nominations.from(Fixtures.LS_2024, List.of(Fixtures.faizabad(), surat, old));

    assertThat(n.candidates(Fixtures.faizabad().constituency()).orElseThrow())
        .extracting(Candidate::name)
        .containsExactly("AWADHESH PRASAD", "LALLU SINGH", "SACHIDANAND PANDEY");
    assertThat(n.candidates(surat.constituency()).orElseThrow()).hasSize(1);
    assertThat(n.candidates(old.constituency()).orElseThrow()).hasSize(2);
    assertThat(n.constituencies()).isSorted();
  }

  @Test
  void contestsOfOtherElectionsAreLeftOutAndTwoContestsInOneSeatAreABug() {
    Nominations none = Nominations.from(ElectionId.lokSabha(2019), List.of(Fixtures.faizabad()));
    assertThat(none.constituencies()).isEmpty();
    assertThat(none.election()).isEqualTo(ElectionId.lokSabha(2019));

    assertThatThrownBy(
            () ->
                Nominations.from(
                    Fixtures.LS_2024, List.of(Fixtures.faizabad(), Fixtures.faizabad())))
        .hasMessageContaining("two contests");
  }

  @Test
  void nominationsAreEqualByElectionAndCandidates() {
    Contest f = Fixtures.faizabad();
    Nominations fromArchive = Nominations.from(Fixtures.LS_2024, List.of(f));
    List<Candidate> onTheBallot =
        ((org.janadesh.core.result.Polled) f.outcome())
            .candidates().stream().map(c -> c.candidate()).toList();
    Nominations byHand = Nominations.of(Fixtures.LS_2024, Map.of(f.constituency(), onTheBallot));

    assertThat(byHand).isEqualTo(fromArchive).hasSameHashCodeAs(fromArchive);
    assertThat(byHand).isNotEqualTo(Nominations.of(ElectionId.lokSabha(2019), Map.of()));
  }
}
