package org.janadesh.ingest.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;

/**
 * Gathers converted contests into one import. A contest with any problem is quarantined: none of
 * its rows reach the batch, its problems are reported, and one more rejection (field {@code
 * contest}) says which contest was left out. Two contests for the same seat of the same election
 * are both left out, since the file does not say which is the record.
 */
public final class ImportCollector {
  private final String source;
  private final String sha256;
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private int rowsRead;

  private record Candidate(String label, long firstLine, int rows, Imported imported) {}

  private record Seat(ElectionId election, ConstituencyId constituency) {}

  public ImportCollector(String source, String sha256) {
    this.source = source;
    this.sha256 = sha256;
  }

  public void rowsRead(int rows) {
    rowsRead = rows;
  }

  /** A problem with the file as a whole (a missing column, for instance). */
  public void reject(List<Rejection> problems) {
    rejections.addAll(problems);
  }

  /**
   * Adds one contest: kept if it converted, quarantined otherwise. {@code label} names it in the
   * source's own terms (it may not have a valid id), {@code firstLine} is its first row.
   */
  public void add(String label, long firstLine, int rows, Parsed<Imported> contest) {
    switch (contest) {
      case Parsed.Ok<Imported> ok ->
          candidates.add(new Candidate(label, firstLine, rows, ok.value()));
      case Parsed.Rejected<Imported> rejected ->
          quarantine(label, firstLine, rows, rejected.rejections());
    }
  }

  private void quarantine(String label, long firstLine, int rows, List<Rejection> problems) {
    rejections.addAll(problems);
    rejections.add(
        new Rejection(
            source,
            firstLine,
            "contest",
            "contest '"
                + label
                + "' not imported; its rows: "
                + rows
                + ", problems: "
                + problems.size()));
  }

  public ImportResult finish() {
    Map<Seat, List<Candidate>> bySeat = new HashMap<>();
    for (Candidate c : candidates) {
      Contest contest = c.imported().contest();
      bySeat
          .computeIfAbsent(
              new Seat(contest.election(), contest.constituency()), k -> new ArrayList<>())
          .add(c);
    }
    Map<ElectionId, Election> elections = new TreeMap<>();
    List<Contest> contests = new ArrayList<>();
    for (Candidate c : candidates) {
      Contest contest = c.imported().contest();
      List<Candidate> same =
          bySeat.getOrDefault(new Seat(contest.election(), contest.constituency()), List.of());
      if (same.size() > 1) {
        List<Long> lines = same.stream().map(Candidate::firstLine).toList();
        quarantine(
            c.label(),
            c.firstLine(),
            c.rows(),
            List.of(
                new Rejection(
                    source,
                    c.firstLine(),
                    "contest",
                    contest.election()
                        + " "
                        + contest.constituency()
                        + " appears more than once (contests starting on lines "
                        + lines
                        + ")")));
        continue;
      }
      Election election = c.imported().election();
      Election previous = elections.putIfAbsent(election.id(), election);
      if (previous != null && !previous.equals(election)) {
        throw new IllegalStateException(
            "two descriptions of election " + election.id() + ": " + previous + " and " + election);
      }
      contests.add(contest);
    }
    contests.sort(Comparator.comparing(Contest::election).thenComparing(Contest::constituency));
    ImportBatch batch = new ImportBatch(source, sha256, List.copyOf(elections.values()), contests);
    return new ImportResult(
        source, batch, rejections, rowsRead, ImportResult.countByKind(rejections));
  }
}
