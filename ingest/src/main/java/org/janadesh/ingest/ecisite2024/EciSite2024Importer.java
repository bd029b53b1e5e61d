package org.janadesh.ingest.ecisite2024;

import java.io.InputStream;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestImport;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Importer;

/** Imports format {@code eci-site-2024}, the results site's 2024 candidate table. */
public final class EciSite2024Importer implements Importer {
  public static final String FORMAT = "eci-site-2024";
  public static final String BUNDLED = "ls2024/ls2024_candidates.csv.gz";

  private final Registries registries;

  public EciSite2024Importer(Registries registries) {
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new EciSite2024Format(registries), sourceName, in);
  }
}
