package org.janadesh.ingest.ecisite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;

class EciSite2024PropertiesTest {
  private static final Registries REGISTRIES = TestRegistries.small();
  private static final List<String> PARTIES =
      List.of(
          "Samajwadi Party", "Bharatiya Janata Party", "Indian National Congress", "Independent");

  /** One generated line of the site: EVM and postal votes; the total is their sum unless spoilt. */
  record Line(long evm, long postal) {}

  /** A generated contest: candidates and a NOTA line, all in Faizabad. */
  record Generated(List<Line> candidates, Line nota) {
    long total() {
      return candidates.stream().mapToLong(l -> l.evm() + l.postal()).sum()
          + nota.evm()
          + nota.postal();
    }

    boolean singleLeader() {
      long most = candidates.stream().mapToLong(l -> l.evm() + l.postal()).max().orElse(0);
      return candidates.stream().filter(l -> l.evm() + l.postal() == most).count() == 1;
    }

    /** The site's text, with {@code spoil} added to the total of candidate {@code spoiled}. */
    String text(int spoiled, long spoil) {
      EciRows rows = new EciRows();
      for (int i = 0; i < candidates.size(); i++) {
        Line l = candidates.get(i);
        long total = l.evm() + l.postal() + (i == spoiled ? spoil : 0);
        rows.faizabad(
            i + 1,
            "CANDIDATE " + (i + 1),
            PARTIES.get(i % PARTIES.size()),
            Long.toString(l.evm()),
            Long.toString(l.postal()),
            Long.toString(total));
      }
      rows.faizabad(
          candidates.size() + 1,
          "NOTA",
          "None of the Above",
          Long.toString(nota.evm()),
          Long.toString(nota.postal()),
          Long.toString(nota.evm() + nota.postal()));
      return rows.text();
    }
  }

  @Provide
  Arbitrary<Generated> contests() {
    Arbitrary<Line> line =
        Combinators.combine(
                Arbitraries.longs().between(0, 2_000_000), Arbitraries.longs().between(0, 20_000))
            .as(Line::new);
    return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(15), line).as(Generated::new);
  }

  private static ImportResult importText(String text) {
    return new EciSiteImporter(EciSiteEdition.LS_2024, REGISTRIES)
        .importFrom("generated.csv", Csv.stream(text));
  }

  @Property
  void aRowWhoseTotalIsNotEvmPlusPostalIsRejectedAndTakesItsContestWithIt(
      @ForAll("contests") Generated contest,
      @ForAll @IntRange(min = 0, max = 14) int which,
      @ForAll @IntRange(min = 1, max = 5_000) int spoil) {
    int spoiled = which % contest.candidates().size();

    ImportResult result = importText(contest.text(spoiled, spoil));

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections())
        .anySatisfy(
            r -> {
              assertThat(r.line()).isEqualTo(spoiled + 2L);
              assertThat(r.field()).isEqualTo("total_votes");
              assertThat(r.reason()).contains("≠ total_votes");
            });
  }

  @Property
  void anAcceptedContestKeepsEveryVoteSoCandidatesPlusNotaMakeTheTotal(
      @ForAll("contests") Generated contest) {
    Assume.that(contest.singleLeader());

    ImportResult result = importText(contest.text(-1, 0));

    assertThat(result.rejections()).isEmpty();
    Polled polled = (Polled) result.batch().contests().getFirst().outcome();
    long nota = polled.nota() == null ? 0 : polled.nota().total();
    assertThat(polled.candidateVotes() + nota)
        .isEqualTo(polled.totalVotes())
        .isEqualTo(contest.total());
  }

  @Property
  void voteSharesOfACompleteContestAddUpToOneHundred(@ForAll("contests") Generated contest) {
    Assume.that(contest.singleLeader() && contest.total() > 0);

    Contest imported = importText(contest.text(-1, 0)).batch().contests().getFirst();
    ResultSheet sheet = ResultSheet.of(imported);

    double shares =
        sheet.lines().stream().mapToDouble(l -> l.share().orElseThrow()).sum()
            + sheet.notaShare().orElse(0);
    assertThat(shares).isCloseTo(100.0, within(1e-9));
  }
}
