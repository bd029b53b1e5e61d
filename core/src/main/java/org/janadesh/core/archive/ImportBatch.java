package org.janadesh.core.archive;

import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;

/**
 * What one import of one source file adds to the archive; the store applies it in one transaction.
 * {@code source} names the file and {@code sha256} its content.
 */
public record ImportBatch(
    String source, String sha256, List<Election> elections, List<Contest> contests) {
  public ImportBatch {
    elections = List.copyOf(elections);
    contests = List.copyOf(contests);
  }
}
