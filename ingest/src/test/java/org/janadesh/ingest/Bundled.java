package org.janadesh.ingest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.core.tally.Tallies;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ImportResult;

/**
 * The bundled data imported once per test JVM: the big files take seconds to parse, so every test
 * class reads them from here instead of importing again.
 */
public final class Bundled {
  private Bundled() {}

  private static final class Holder {
    static final Registries REGISTRIES = Registries.loadBundled();
    static final List<ImportResult> EACH = BundledImport.importEach(REGISTRIES);
    static final List<ImportResult> ALL =
        BundledImport.withPrecedence(EACH, BundledImport.eci2019SeatsListed());
  }

  public static Registries registries() {
    return Holder.REGISTRIES;
  }

  /** Every bundled file's import, after the precedence rules. */
  public static List<ImportResult> all() {
    return Holder.ALL;
  }

  /** One format's import as the importer gave it, before any precedence rule. */
  public static ImportResult raw(String format) {
    return byFormat(Holder.EACH, format);
  }

  /** One format's import after the precedence rules. */
  public static ImportResult result(String format) {
    return byFormat(Holder.ALL, format);
  }

  private static ImportResult byFormat(List<ImportResult> results, String format) {
    String file = Importers.forFormat(format).bundledFile();
    return results.stream().filter(r -> r.source().equals(file)).findFirst().orElseThrow();
  }

  /** Every contest of an election across all bundled files, after precedence. */
  public static List<Contest> contests(String election) {
    ElectionId id = ElectionId.of(election);
    return Holder.ALL.stream()
        .flatMap(r -> r.batch().contests().stream())
        .filter(c -> c.election().equals(id))
        .toList();
  }

  public static SeatTally tally(String election) {
    return Tallies.count(
        ElectionId.of(election), "India", contests(election), registries().parties());
  }

  public static SeatTally tally(String election, String stateCode) {
    StateCode state = StateCode.of(stateCode);
    return Tallies.countInState(
        ElectionId.of(election), stateCode, state, contests(election), registries().parties());
  }

  /** Seats per party id, for readable failure messages. */
  public static Map<String, Integer> seatsById(SeatTally tally) {
    return tally.parties().stream()
        .collect(Collectors.toMap(p -> p.party().value(), p -> p.won(), Integer::sum));
  }
}
