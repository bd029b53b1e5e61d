package org.janadesh.cli.imports;

import java.io.PrintWriter;
import java.util.List;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.ingest.KnownDefects;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;

/**
 * The results of one import run, merged into the single batch that is saved in one transaction,
 * with counts per file and every rejection marked known or not.
 */
record ImportSummary(List<ImportResult> results, KnownDefects known, ImportBatch batch) {
  private static final int REJECTIONS_SHOWN = 50;

  static ImportSummary of(List<ImportResult> results, KnownDefects known) {
    return new ImportSummary(results, known, ImportResult.merge(results));
  }

  long unexpectedRejections() {
    return results.stream()
        .flatMap(r -> r.rejections().stream())
        .filter(r -> !known.isKnown(r))
        .count();
  }

  void print(PrintWriter out) {
    Table table = Table.of("File", "Rows>", "Elections>", "Contests>", "Rejected>");
    for (ImportResult r : results) {
      table.row(
          r.source(),
          Numbers.grouped(r.rowsRead()),
          Numbers.grouped(r.batch().elections().size()),
          Numbers.grouped(r.batch().contests().size()),
          Numbers.grouped(r.rejections().size()));
    }
    table.print(out);
    List<Rejection> all = results.stream().flatMap(r -> r.rejections().stream()).toList();
    if (all.isEmpty()) {
      out.println("No rejections.");
      return;
    }
    out.println();
    out.println("Rejected by reason:");
    for (ImportResult r : results) {
      r.rejectedByReason()
          .forEach(
              (reason, n) -> out.println("  " + n + " x " + reason + "  (" + r.source() + ")"));
    }
    out.println();
    out.println("Rejections (file:line [field] reason):");
    all.stream()
        .limit(REJECTIONS_SHOWN)
        .forEach(
            r ->
                out.println(
                    "  "
                        + r
                        + (known.isKnown(r)
                            ? "  - known source defect, see data/PROVENANCE.md"
                            : "")));
    if (all.size() > REJECTIONS_SHOWN) {
      out.println("  … and " + (all.size() - REJECTIONS_SHOWN) + " more");
    }
  }
}
