package org.janadesh.core.archive;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;

/** The results archive as the analysis and the faces read it; the store implements it. */
public interface Archive {
  /** Every election on record, ordered by id. */
  List<Election> elections();

  Optional<Election> election(ElectionId id);

  /** The contests of one election, ordered by constituency. */
  List<Contest> contests(ElectionId id);

  /**
   * The contests of each of {@code ids}, each list ordered by constituency; an election without
   * contests on record maps to an empty list. A store may read them all at once: whole-archive
   * analysis (persons across every Lok Sabha) asks for some three hundred elections.
   */
  default Map<ElectionId, List<Contest>> contests(Collection<ElectionId> ids) {
    Map<ElectionId, List<Contest>> out = new LinkedHashMap<>();
    for (ElectionId id : ids) {
      out.put(id, contests(id));
    }
    return out;
  }
}
