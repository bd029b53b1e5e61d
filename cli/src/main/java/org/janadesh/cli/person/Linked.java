package org.janadesh.cli.person;

import org.janadesh.cli.Desk;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.People;
import org.janadesh.server.person.PersonLinks;

/**
 * Every Lok Sabha candidacy in the desk's store with its person: stored links when fresh, else
 * linked now and stored for the next question ({@link PersonLinks}, shared with the server).
 */
public final class Linked {
  private Linked() {}

  public static Careers careers(Desk desk) {
    return Careers.of(people(desk).people());
  }

  /** The persons and whether they were linked now (true) or read from the store (false). */
  public record Persons(People people, boolean linkedNow) {}

  /** The stored persons if fresh; else links now and stores the result for the next question. */
  public static Persons people(Desk desk) {
    PersonLinks.Persons persons = PersonLinks.people(desk.archive());
    return new Persons(persons.people(), persons.linkedNow());
  }
}
