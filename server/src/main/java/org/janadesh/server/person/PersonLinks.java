package org.janadesh.server.person;

import java.util.List;
import java.util.Optional;
import org.janadesh.core.person.Candidacies;
import org.janadesh.core.person.Candidacy;
import org.janadesh.core.person.Linkage;
import org.janadesh.core.person.People;
import org.janadesh.core.person.PersonLink;
import org.janadesh.ingest.people.PersonOverridesCsv;
import org.janadesh.store.sqlite.SqliteArchive;
import org.janadesh.store.sqlite.StorageException;

/**
 * Every Lok Sabha candidacy in the store with its person (PER-1…PER-4). Person ids are computed at
 * import and kept in the store with a fingerprint of what they came from (the linkage version, the
 * bundled overrides, the Lok Sabha archive); a reader takes them back, and links again only when
 * the fingerprint shows them missing or stale (docs/rules/people.md, "Where person ids live").
 * Shared by {@code janadesh import}, {@code person}, {@code seat} and the server.
 */
public final class PersonLinks {
  private PersonLinks() {}

  /** The persons and whether they were linked now (true) or read from the store (false). */
  public record Persons(People people, boolean linkedNow) {}

  /** The stored persons if fresh; else links now and stores the result for the next reader. */
  public static Persons people(SqliteArchive archive) {
    String key = linkageKey();
    String fingerprint = archive.personLinkFingerprint(key);
    List<Candidacy> candidacies = Candidacies.ofArchive(archive);
    Optional<People> stored =
        archive
            .personLinks(fingerprint)
            .flatMap(
                s -> People.withStoredIds(candidacies, s.serials(), s.persons(), s.problems()));
    if (stored.isPresent()) {
      return new Persons(stored.get(), false);
    }
    People linked = Linkage.link(candidacies, PersonOverridesCsv.loadBundled());
    try {
      archive.savePersonLinks(key, fingerprint, PersonLink.of(linked), linked.problems());
    } catch (StorageException e) {
      // A store that cannot be written (a read-only copy) still answers; it links every time.
    }
    return new Persons(linked, true);
  }

  /** What the stored ids depend on besides the archive: the rules' version and the overrides. */
  private static String linkageKey() {
    return Linkage.VERSION + "|" + PersonOverridesCsv.bundledSha256();
  }
}
