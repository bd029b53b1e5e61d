package org.janadesh.cli.person;

import org.janadesh.cli.Desk;
import org.janadesh.core.person.Careers;
import org.janadesh.ingest.people.PersonOverridesCsv;

/** Links every Lok Sabha candidacy in the store with the bundled overrides (PER-1…PER-4). */
public final class Linked {
  private Linked() {}

  public static Careers careers(Desk desk) {
    return Careers.fromArchive(desk.archive(), PersonOverridesCsv.loadBundled());
  }
}
