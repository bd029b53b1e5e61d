package org.janadesh.ingest.tcpd;

import java.io.InputStream;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestImport;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Importer;

/**
 * Imports format {@code tcpd-ge}: every contest in the file, general elections as {@code ls-YEAR}
 * and each by-election as its own election. Which source is the record for an election that several
 * sources cover is decided by {@code BundledImport}, not here.
 */
public final class TcpdImporter implements Importer {
  public static final String FORMAT = "tcpd-ge";
  public static final String BUNDLED = "tcpd/TCPD_GE_All_States_2024-3-27.csv.gz";

  private final Registries registries;

  public TcpdImporter(Registries registries) {
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new TcpdFormat(registries), sourceName, in);
  }
}
