package org.janadesh.cli.imports;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.cli.render.Numbers;
import org.janadesh.cli.render.Table;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.result.Contest;
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
    String source =
        results.size() == 1
            ? results.get(0).batch().source()
            : "bundled (" + results.size() + " files)";
    String sha = results.size() == 1 ? results.get(0).batch().sha256() : sha256(hashes.toString());
    return new ImportSummary(
        results, known, new ImportBatch(source, sha, List.copyOf(elections.values()), contests));
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

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
