package org.janadesh.ingest.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Polled} outcome from converted candidate rows, rejecting what the core would
 * refuse (two candidates on one serial, a declared winner without the most votes) with the source
 * line, instead of letting it fail as an exception.
 */
public final class Polls {
  private Polls() {}

  /** How the source says who won. */
  public sealed interface Winner permits MostVotes, Declared {}

  /**
   * The source only gives votes (the ECI results site): the winner is the candidate with the most;
   * a tie for first is rejected, since the file does not say whom the lot chose.
   */
  public record MostVotes() implements Winner {}

  /**
   * The source marks the winner (TCPD Position 1, a news report's rank 1) by the serial it gave;
   * {@code field} names that column for rejections.
   */
  public record Declared(int serial, String field) implements Winner {}

  public static Parsed<Polled> polled(
      String file,
      List<CandidateEntry> candidates,
      @Nullable Votes nota,
      @Nullable Long electors,
      boolean complete,
      Winner winner,
      long contestLine) {
    List<Rejection> problems = new ArrayList<>();
    if (candidates.isEmpty()) {
      problems.add(new Rejection(file, contestLine, "candidate", "the contest has no candidates"));
      return Parsed.rejected(problems);
    }
    Map<Integer, CandidateEntry> bySerial = new HashMap<>();
    for (CandidateEntry c : candidates) {
      CandidateEntry earlier = bySerial.putIfAbsent(c.candidate().serial(), c);
      if (earlier != null) {
        problems.add(
            new Rejection(
                file,
                c.line(),
                "serial",
                "serial "
                    + c.candidate().serial()
                    + " is also on line "
                    + earlier.line()
                    + " of the same contest"));
      }
    }
    long most = candidates.stream().mapToLong(c -> c.votes().total()).max().orElse(0);
    List<CandidateEntry> top = candidates.stream().filter(c -> c.votes().total() == most).toList();
    int winnerSerial;
    switch (winner) {
      case MostVotes m -> {
        if (top.size() > 1) {
          problems.add(
              new Rejection(
                  file,
                  top.get(1).line(),
                  "total_votes",
                  "tie for first place at "
                      + most
                      + " votes (lines "
                      + top.stream().map(CandidateEntry::line).toList()
                      + "); the source does not say whom the lot chose"));
        }
        winnerSerial = top.get(0).candidate().serial();
      }
      case Declared d -> {
        winnerSerial = d.serial();
        CandidateEntry declared = bySerial.get(d.serial());
        if (declared == null) {
          problems.add(
              new Rejection(
                  file,
                  contestLine,
                  d.field(),
                  "no candidate has "
                      + d.field()
                      + " "
                      + d.serial()
                      + ", so no winner is declared"));
        } else if (declared.votes().total() < most) {
          problems.add(
              new Rejection(
                  file,
                  declared.line(),
                  d.field(),
                  "declared winner has "
                      + declared.votes().total()
                      + " votes, fewer than the "
                      + most
                      + " on line "
                      + top.get(0).line()));
        }
      }
    }
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    return Parsed.ok(
        new Polled(
            candidates.stream().map(CandidateEntry::result).toList(),
            nota,
            electors,
            complete,
            winnerSerial));
  }
}
