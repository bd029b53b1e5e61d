package org.janadesh.ingest.source;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.janadesh.core.archive.ImportBatch;

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
}
