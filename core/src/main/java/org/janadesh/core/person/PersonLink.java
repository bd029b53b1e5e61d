package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;

/**
 * A candidacy, named as the archive names it (election, constituency, ballot serial), and the
 * person linkage found it belongs to: the form in which a store keeps person ids (PER-4).
 */
public record PersonLink(ElectionId election, ConstituencyId seat, int serial, PersonId person) {
  /** The link of each candidacy of {@code people}, in order of time. */
  public static List<PersonLink> of(People people) {
    List<Candidacy> all = people.candidacies();
    List<PersonId> ids = people.ids();
    List<PersonLink> links = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Candidacy c = all.get(i);
      links.add(new PersonLink(c.election(), c.seat(), c.candidate().serial(), ids.get(i)));
    }
    return links;
  }
}
