package org.janadesh.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.janadesh.store.contract.ContestBuilder.contest;
import static org.janadesh.store.contract.Fixtures.LS_1957;
import static org.janadesh.store.contract.Fixtures.LS_2024;
import static org.janadesh.store.contract.Fixtures.batch;
import static org.janadesh.store.contract.Fixtures.pc;
import static org.janadesh.store.contract.Fixtures.total;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.person.Candidacies;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.Linkage;
import org.janadesh.core.person.People;
import org.janadesh.core.person.PersonLink;
import org.janadesh.core.result.Contest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Person ids kept in the archive and found stale when what they came from changes (PER-4). */
class PersonLinksTest {
  private static final String KEY = "rules-1|overrides-abc";

  private SqliteArchive archive;

  @BeforeEach
  void openArchive(@TempDir Path directory) {
    archive = SqliteArchive.open(directory.resolve("archive.db"));
    archive.save(
        batch(
            List.of(LS_1957, LS_2024),
            kollam(LS_1957.id(), "N SREEKANTAN NAIR"),
            kollam(LS_2024.id(), "N K PREMACHANDRAN")));
  }

  @AfterEach
  void closeArchive() {
    archive.close();
  }

  private static Contest kollam(ElectionId election, String winner) {
    return contest(election, pc("S11", 18, election.equals(LS_1957.id()) ? 1952 : 2008), "KOLLAM")
        .candidate(1, winner, "RSP", total(500))
        .candidate(2, "A B RAO", "INC", total(400))
        .winner(1)
        .polled();
  }

  private People linked() {
    return Linkage.link(Candidacies.ofArchive(archive), List.of());
  }

  @Test
  void storedIdsReadBackInTheOrderOfTimeUnderTheSameFingerprint() {
    People people = linked();
    String fingerprint = archive.personLinkFingerprint(KEY);
    assertThat(archive.personLinks(fingerprint)).as("nothing stored yet").isEmpty();

    assertThat(archive.savePersonLinks(KEY, fingerprint, PersonLink.of(people), List.of("p")))
        .isTrue();

    StoredPersonLinks stored = archive.personLinks(fingerprint).orElseThrow();
    assertThat(stored.persons()).isEqualTo(people.ids());
    assertThat(stored.problems()).containsExactly("p");
    List<Candidacy> candidacies = Candidacies.ofArchive(archive);
    People read =
        People.withStoredIds(candidacies, stored.serials(), stored.persons(), stored.problems())
            .orElseThrow();
    assertThat(read.careers()).isEqualTo(people.careers());
  }

  @Test
  void aChangedContestOrAnotherLinkageKeyMakesTheStoredIdsStale() {
    String before = archive.personLinkFingerprint(KEY);
    archive.savePersonLinks(KEY, before, PersonLink.of(linked()), List.of());
    assertThat(archive.personLinkFingerprint("rules-2|overrides-abc")).isNotEqualTo(before);

    archive.save(batch(List.of(LS_2024), kollam(LS_2024.id(), "N.K. PREMACHANDRAN")));

    String after = archive.personLinkFingerprint(KEY);
    assertThat(after).as("the rewritten contest changes the fingerprint").isNotEqualTo(before);
    assertThat(archive.personLinks(after)).isEmpty();
  }

  @Test
  void linksComputedBeforeAnotherSaveAreNotStored() {
    String before = archive.personLinkFingerprint(KEY);
    List<PersonLink> links = PersonLink.of(linked());
    archive.save(batch(List.of(LS_2024), kollam(LS_2024.id(), "N.K. PREMACHANDRAN")));

    assertThat(archive.savePersonLinks(KEY, before, links, List.of())).isFalse();
    assertThat(archive.personLinks(before)).isEmpty();
  }

  @Test
  void manyElectionsAreReadInOneCallAsOneByOne() {
    Map<ElectionId, List<Contest>> all = archive.contests(List.of(LS_1957.id(), LS_2024.id()));
    assertThat(all.get(LS_1957.id())).isEqualTo(archive.contests(LS_1957.id()));
    assertThat(all.get(LS_2024.id())).isEqualTo(archive.contests(LS_2024.id()));
  }
}
