package org.janadesh.server.person;

import org.janadesh.core.person.Careers;
import org.janadesh.core.person.PersonFinder;
import org.janadesh.server.Newsroom;
import org.jspecify.annotations.Nullable;

/**
 * The careers of every Lok Sabha candidate, read (or linked) once per server: linking takes
 * seconds, and the archive does not change while the server runs (Newsroom), so no request pays for
 * it twice. The first caller computes them under the lock; any caller meanwhile (a request during
 * the start-up warm-up, {@code ApiServer#warmUp}) waits for that computation instead of its own.
 */
final class LinkedCareers {
  /** The careers and the name index over them, built together. */
  record Loaded(Careers careers, PersonFinder finder, boolean linkedNow) {}

  private final Newsroom newsroom;
  private volatile @Nullable Loaded loaded;

  LinkedCareers(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  Loaded get() {
    Loaded ready = loaded;
    if (ready != null) {
      return ready;
    }
    synchronized (this) {
      ready = loaded;
      if (ready == null) {
        PersonLinks.Persons persons = PersonLinks.people(newsroom.archive());
        ready =
            new Loaded(
                Careers.of(persons.people()),
                PersonFinder.of(persons.people()),
                persons.linkedNow());
        loaded = ready;
      }
      return ready;
    }
  }
}
