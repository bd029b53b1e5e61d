package org.janadesh.ingest.assembly;

import java.io.InputStream;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestImport;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Importer;

/** Imports format {@code tcpd-ae}: assembly general elections, one per state and year. */
public final class AssemblyImporter implements Importer {
  public static final String FORMAT = "tcpd-ae";
  public static final String BUNDLED = "assembly/ae2021_wb_kl_tn_candidates.csv.gz";

  private final Registries registries;

  public AssemblyImporter(Registries registries) {
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new AssemblyFormat(registries), sourceName, in);
  }
}
