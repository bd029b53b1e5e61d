package org.janadesh.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.person.Candidacies;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.CandidacyFacts;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.Linkage;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.SeatContest;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.Bundled;
import org.janadesh.ingest.source.ImportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Careers over the whole bundled archive (every source after precedence), with the overrides. */
class PersonGoldenTest {
  private static Careers careers;

  @BeforeAll
  static void linkTheBundledArchive() {
    ImportBatch all = ImportResult.merge(Bundled.all());
    Map<ElectionId, List<Contest>> byElection = new HashMap<>();
    all.contests()
        .forEach(c -> byElection.computeIfAbsent(c.election(), k -> new ArrayList<>()).add(c));
    List<Candidacy> candidacies =
        Candidacies.of(all.elections(), id -> byElection.getOrDefault(id, List.of()));
    careers = Careers.of(Linkage.link(candidacies, PersonOverridesCsv.loadBundled()));
  }

  private static Candidacy candidacy(String election, String state, int pc, String nameContains) {
    return careers.people().candidacies().stream()
        .filter(c -> c.election().value().equals(election))
        .filter(c -> c.seat().state().value().equals(state) && c.seat().number() == pc)
        .filter(c -> c.name().toUpperCase(java.util.Locale.ROOT).contains(nameContains))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void premachandranWonKollamThreeTimesInARowAndFiveTimesInAll() {
    Candidacy kollam2024 = candidacy("ls-2024", "S11", 18, "PREMACHANDRAN");
    PersonId person = careers.people().personOf(kollam2024);
    CandidacyFacts facts = careers.facts(kollam2024);
    assertThat(facts.streak()).as("PER-12 streak").isEqualTo(3);
    assertThat(facts.terms()).as("PER-9 terms").isEqualTo(5);
    assertThat(facts.incumbent().met()).as("PER-8").isTrue();
    assertThat(careers.people().career(person).stream().filter(Candidacy::won).map(Candidacy::year))
        .containsExactly(1996, 1998, 2014, 2019, 2024);
    assertThat(careers.currentStreak(person).orElseThrow().streak()).isEqualTo(3);
  }

  @Test
  void faizabadsSittingMemberLalluSinghLostIn2024() {
    Candidacy lallu = candidacy("ls-2024", "S24", 54, "LALLU");
    CandidacyFacts facts = careers.facts(lallu);
    assertThat(facts.incumbent().met()).as("PER-8 incumbent").isTrue();
    assertThat(facts.terms()).as("PER-9: won 2014 and 2019").isEqualTo(2);
    assertThat(lallu.won()).isFalse();
    assertThat(lallu.margin()).isEqualTo(-54_567L);
    SeatContest faizabad2024 =
        careers.holders(lallu.seat()).stream()
            .filter(sc -> sc.first().election().value().equals("ls-2024"))
            .findFirst()
            .orElseThrow();
    assertThat(faizabad2024.sitting()).as("PER-13").isEqualTo(SeatContest.SittingMember.LOST);
    assertThat(faizabad2024.winners().get(0).name()).containsIgnoringCase("AWADHESH PRASAD");
    assertThat(
            careers.people().career(careers.people().personOf(lallu)).stream()
                .filter(Candidacy::won)
                .map(Candidacy::year))
        .contains(2014, 2019);
  }

  @Test
  void nagapattinamsSelvarajOf2019AndOf2024AreTwoPeople() {
    PersonId m = careers.people().personOf(candidacy("ls-2019", "S22", 29, "SELVARAJ"));
    PersonId v = careers.people().personOf(candidacy("ls-2024", "S22", 29, "SELVARAJ"));
    assertThat(m).isNotEqualTo(v);
    assertThat(careers.people().problems()).as("PER-4 overrides all name a candidacy").isEmpty();
  }
}
