package org.janadesh.ingest.counting;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.ingest.counting.LeadSnapshot.LeadStatus;
import org.janadesh.ingest.source.CsvFile;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Labels;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Reads the two counting-day snapshot files (data/PROVENANCE.md §3.10) into typed rows, every bad
 * row a rejection with its line, field and reason; good rows are kept whatever their neighbours.
 */
final class SnapshotFiles {
  private static final String UNCONTESTED_SUFFIX = "\\s*\\(\\s*Uncontested\\s*\\)\\s*$";

  private SnapshotFiles() {}

  /** The rows read and the rows rejected, in file order. */
  record Read<T>(List<T> rows, List<Rejection> rejections) {
    Read {
      rows = List.copyOf(rows);
      rejections = List.copyOf(rejections);
    }
  }

  static Read<CandidateSnapshot> candidates(String file, SourceBytes source) {
    return read(
        CsvFile.read(file, source, SnapshotRow.COLUMNS, SnapshotRow::of), r -> candidate(file, r));
  }

  static Read<LeadSnapshot> leads(String file, SourceBytes source) {
    return read(CsvFile.read(file, source, LeadRow.COLUMNS, LeadRow::of), r -> lead(file, r));
  }

  private static <W, T> Read<T> read(
      Parsed<CsvFile.Rows<W>> file, java.util.function.Function<W, Parsed<T>> convert) {
    return switch (file) {
      case Parsed.Rejected<CsvFile.Rows<W>> rejected ->
          new Read<>(List.of(), rejected.rejections());
      case Parsed.Ok<CsvFile.Rows<W>> ok -> {
        List<Rejection> problems = new ArrayList<>();
        List<T> rows = new ArrayList<>();
        for (W row : ok.value().rows()) {
          switch (convert.apply(row)) {
            case Parsed.Ok<T> good -> rows.add(good.value());
            case Parsed.Rejected<T> bad -> problems.addAll(bad.rejections());
          }
        }
        yield new Read<>(rows, problems);
      }
    };
  }

  private static Parsed<CandidateSnapshot> candidate(String file, SnapshotRow r) {
    FieldCheck check = new FieldCheck(file, r.line());
    PageRef page = PageRef.read(check, "source_url", r.sourceUrl());
    var published = SourceTime.read(check, "timestamp", r.timestamp());
    // Surat's returned candidate is listed as "NAME ( Uncontested )" with dashes for votes.
    String name =
        check.required("candidate_name", r.candidate()).replaceFirst(UNCONTESTED_SUFFIX, "");
    long evm = dashIsZero(check, "evm_votes", r.evmVotes());
    long postal = dashIsZero(check, "postal_votes", r.postalVotes());
    long total = dashIsZero(check, "total_votes", r.totalVotes());
    if (!check.failed() && evm + postal != total) {
      check.reject(
          "total_votes",
          String.format(
              "EVM %,d + postal %,d = %,d, but the row's total is %,d",
              evm, postal, evm + postal, total));
    }
    boolean nota = Labels.isNota(r.candidate(), r.party());
    return check.result(
        () ->
            new CandidateSnapshot(
                r.line(),
                page.state(),
                page.pc(),
                published,
                r.sourceFile().trim(),
                name,
                r.party().trim(),
                nota,
                evm,
                postal));
  }

  private static Parsed<LeadSnapshot> lead(String file, LeadRow r) {
    FieldCheck check = new FieldCheck(file, r.line());
    // The state-wise page's address gives the state and a page number, not the PC (§3.10).
    PageRef page = PageRef.read(check, "source_url", r.sourceUrl());
    String code =
        r.stateOrUnion().trim() + String.format("%2s", r.stateNumber().trim()).replace(' ', '0');
    if (!check.failed() && !code.equals(page.state().value())) {
      check.reject(
          "st_code", "s_u and st_code say " + code + " but the page is of " + page.state().value());
    }
    long pc = check.count("pc_no", r.pc());
    if (!check.failed() && pc < 1) {
      check.reject("pc_no", "pc_no must be 1 or more: " + pc);
    }
    var published = SourceTime.read(check, "timestamp", r.timestamp());
    LeadStatus status = status(check, r.status());
    long margin = dashIsZero(check, "margin", r.margin());
    String leader = check.required("leading_candidate", r.leadingCandidate());
    return check.result(
        () ->
            new LeadSnapshot(
                r.line(),
                page.state(),
                (int) pc,
                published,
                status,
                leader,
                r.leadingParty().trim(),
                margin));
  }

  private static LeadStatus status(FieldCheck check, String text) {
    return switch (text.trim()) {
      case "Result in Progress" -> LeadStatus.IN_PROGRESS;
      case "Result Declared" -> LeadStatus.DECLARED;
      case "Uncontested" -> LeadStatus.UNCONTESTED;
      default -> {
        check.reject(
            "result_status",
            "result_status is none of 'Result in Progress', 'Result Declared', 'Uncontested': '"
                + text
                + "'");
        yield LeadStatus.IN_PROGRESS;
      }
    };
  }

  /** The results site shows {@code -} for a count of zero (data/PROVENANCE.md §3.10). */
  private static long dashIsZero(FieldCheck check, String field, String text) {
    return text.trim().equals("-") ? 0 : check.count(field, text);
  }
}
