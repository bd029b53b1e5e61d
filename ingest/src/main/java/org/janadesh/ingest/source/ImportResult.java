package org.janadesh.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;

/**
 * What importing one source gave: the batch to store (only whole, valid contests), every rejection
 * (row problems, then one {@code contest} line per contest left out because of them), the number of
 * data rows read, and the rejections counted by kind ({@link Rejection#kind()}), kinds in
 * alphabetical order.
 */
public record ImportResult(
    String source,
    ImportBatch batch,
    List<Rejection> rejections,
    int rowsRead,
    Map<String, Integer> rejectedByReason) {
  public ImportResult {
    rejections = List.copyOf(rejections);
    rejectedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByReason));
  }

  /** Counts rejections by kind, in the kinds' alphabetical order. */
  public static SortedMap<String, Integer> countByKind(List<Rejection> rejections) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    rejections.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
    return counts;
  }

  public boolean clean() {
    return rejections.isEmpty();
  }

  /**
   * Merges several imports into the one batch that is saved in one transaction: an election that
   * two files describe (ls-2019: ECI site and, for Vellore, TCPD) is kept once and must be
   * described alike. One result keeps its own source and checksum; several are named by their
   * count, with the checksum of their checksums.
   */
  public static ImportBatch merge(List<ImportResult> results) {
    Map<ElectionId, Election> elections = new LinkedHashMap<>();
    List<Contest> contests = new ArrayList<>();
    StringBuilder hashes = new StringBuilder();
    for (ImportResult r : results) {
      for (Election e : r.batch().elections()) {
        Election previous = elections.putIfAbsent(e.id(), e);
        if (previous != null && !previous.equals(e)) {
          throw new IllegalStateException("two sources describe " + e.id() + " differently");
        }
      }
      contests.addAll(r.batch().contests());
      hashes.append(r.batch().sha256());
    }
    if (results.size() == 1) {
      ImportBatch only = results.get(0).batch();
      return new ImportBatch(only.source(), only.sha256(), only.elections(), only.contests());
    }
    return new ImportBatch(
        "bundled (" + results.size() + " files)",
        SourceBytes.readFrom(
                new java.io.ByteArrayInputStream(
                    hashes.toString().getBytes(StandardCharsets.UTF_8)))
            .sha256(),
        List.copyOf(elections.values()),
        contests);
  }
}
