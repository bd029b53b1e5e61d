package org.janadesh.bench.child;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;

/**
 * The archive held in memory, in the orders {@link Archive} promises (elections by id, contests by
 * constituency), so that reading it costs nothing and a timing of analysis over it is the analysis
 * alone, not the store.
 */
final class MemoryArchive implements Archive {
  private final Map<ElectionId, Election> elections = new TreeMap<>();
  private final Map<ElectionId, List<Contest>> contests = new TreeMap<>();

  MemoryArchive(Loaded loaded) {
    elections.putAll(loaded.elections());
    for (ElectionId id : elections.keySet()) {
      List<Contest> list = new ArrayList<>(loaded.contestsOf(id));
      list.sort(Comparator.comparing(Contest::constituency));
      contests.put(id, List.copyOf(list));
    }
  }

  @Override
  public List<Election> elections() {
    return List.copyOf(elections.values());
  }

  @Override
  public Optional<Election> election(ElectionId id) {
    return Optional.ofNullable(elections.get(id));
  }

  @Override
  public List<Contest> contests(ElectionId id) {
    return contests.getOrDefault(id, List.of());
  }
}
