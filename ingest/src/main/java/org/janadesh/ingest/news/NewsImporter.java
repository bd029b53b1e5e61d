package org.janadesh.ingest.news;

import java.io.InputStream;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestImport;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Importer;

/**
 * Imports format {@code news-top-candidates}: a by-election (election text starting "Bye") becomes
 * {@code bye-<state>-<ac>-<year>}, anything else the state's assembly general election.
 */
public final class NewsImporter implements Importer {
  public static final String FORMAT = "news-top-candidates";
  public static final String BUNDLED = "assembly/bye_wb_161_2022_ballygunge_top4.csv";

  private final Registries registries;

  public NewsImporter(Registries registries) {
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new NewsFormat(registries), sourceName, in);
  }
}
