package org.janadesh.ingest.winners;

import java.io.InputStream;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestImport;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Importer;

/**
 * Imports format {@code indiavotes-winners}: the 1952 and 1957 Lok Sabha winners. Rows of other
 * years are read (and counted in {@code rowsRead}) but not imported.
 */
public final class WinnersImporter implements Importer {
  public static final String FORMAT = "indiavotes-winners";
  public static final String BUNDLED = "winners/ls_winners_1952_2024_indiavotes.csv.gz";

  private final Registries registries;

  public WinnersImporter(Registries registries) {
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new WinnersFormat(registries), sourceName, in);
  }
}
