package org.janadesh.core.archive;

import java.util.List;
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
}
