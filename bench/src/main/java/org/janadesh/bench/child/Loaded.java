package org.janadesh.bench.child;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.core.tally.Tallies;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;

/**
 * Every election's contests held in memory, with the registries a tally needs: what "all bundled
 * data loaded" means in this benchmark. Import results are merged the way {@code janadesh import
 * --bundled} merges them (an election described by two files is kept once, and must be described
 * alike); rejections and the results themselves are not kept.
 */
public record Loaded(
    Registries registries,
    Map<ElectionId, Election> elections,
    Map<ElectionId, List<Contest>> contests) {
  public static final ElectionId LS_2024 = ElectionId.lokSabha(2024);

  /** Merges the bundled import's results. */
  public static Loaded fromImports(Registries registries, List<ImportResult> results) {
    ImportBatch merged = ImportResult.merge(results);
    Map<ElectionId, Election> elections = new LinkedHashMap<>();
    merged.elections().forEach(e -> elections.put(e.id(), e));
    Map<ElectionId, List<Contest>> contests = new LinkedHashMap<>();
    for (Contest contest : merged.contests()) {
      contests.computeIfAbsent(contest.election(), id -> new ArrayList<>()).add(contest);
    }
    return new Loaded(registries, elections, contests);
  }

  /** Reads every election's contests from the store. */
  public static Loaded fromStore(Registries registries, Archive archive) {
    Map<ElectionId, Election> elections = new LinkedHashMap<>();
    Map<ElectionId, List<Contest>> contests = new LinkedHashMap<>();
    for (Election election : archive.elections()) {
      elections.put(election.id(), election);
      contests.put(election.id(), archive.contests(election.id()));
    }
    return new Loaded(registries, elections, contests);
  }

  public List<Contest> contestsOf(ElectionId election) {
    return contests.getOrDefault(election, List.of());
  }

  public int contestCount() {
    int n = 0;
    for (List<Contest> list : contests.values()) {
      n += list.size();
    }
    return n;
  }

  /** The national tally of an election, as {@code janadesh tally} computes it. */
  public SeatTally tallyIndia(ElectionId election) {
    return Tallies.count(election, "India", contestsOf(election), registries.parties());
  }

  /** One state's tally: its contests picked out of the election's, then counted. */
  public SeatTally tallyState(ElectionId election, StateCode state, String name) {
    return Tallies.countInState(election, name, state, contestsOf(election), registries.parties());
  }
}
