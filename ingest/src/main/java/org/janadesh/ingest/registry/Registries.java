package org.janadesh.ingest.registry;

import java.util.List;
import org.janadesh.core.geography.ConstituencyAlias;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.SourceBytes;

/** The reference tables every importer resolves names against. */
public record Registries(
    StateRegistry states, PartyRegistry parties, List<ConstituencyAlias> constituencyAliases) {
  public Registries {
    constituencyAliases = List.copyOf(constituencyAliases);
  }

  /**
   * Loads the registries bundled with the code ({@code data/registry/}); fails listing every
   * problem if a file is missing a column or holds an unusable row.
   */
  public static Registries loadBundled() {
    return load(
        BundledData.read(StatesCsv.FILE),
        BundledData.read(PartiesCsv.FILE),
        BundledData.read(PartiesCsv.OVERRIDES_FILE),
        BundledData.read(ConstituencyAliasesCsv.FILE));
  }

  /** Loads registries from the given files' contents (tests and local overrides). */
  public static Registries load(
      SourceBytes states, SourceBytes parties, SourceBytes partyOverrides, SourceBytes aliases) {
    return new Registries(
        StatesCsv.read(StatesCsv.FILE, states),
        PartiesCsv.read(PartiesCsv.FILE, parties, PartiesCsv.OVERRIDES_FILE, partyOverrides),
        ConstituencyAliasesCsv.read(ConstituencyAliasesCsv.FILE, aliases));
  }
}
