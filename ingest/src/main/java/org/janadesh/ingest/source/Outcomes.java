package org.janadesh.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.result.Outcome;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.Votes;
import org.jspecify.annotations.Nullable;

/** Puts a contest's converted rows together into its outcome. */
public final class Outcomes {
  private Outcomes() {}

  /**
   * An uncontested return must be the contest's only row; otherwise the contest went to the poll,
   * with at most one NOTA line.
   */
  public static Parsed<Outcome> of(
      String file,
      List<ContestRow> rows,
      @Nullable Long electors,
      boolean complete,
      Polls.Winner winner,
      long contestLine) {
    List<CandidateEntry> contenders = new ArrayList<>();
    List<ContestRow.Nota> notas = new ArrayList<>();
    List<ContestRow.Unopposed> unopposed = new ArrayList<>();
    for (ContestRow row : rows) {
      switch (row) {
        case ContestRow.Contender c -> contenders.add(c.entry());
        case ContestRow.Nota n -> notas.add(n);
        case ContestRow.Unopposed u -> unopposed.add(u);
      }
    }
    if (!unopposed.isEmpty()) {
      if (rows.size() > 1) {
        return Parsed.rejected(
            new Rejection(
                file,
                unopposed.get(0).line(),
                "uncontested",
                "an uncontested return must be its contest's only row, but the contest has "
                    + rows.size()));
      }
      return Parsed.ok(new Uncontested(unopposed.get(0).candidate()));
    }
    if (notas.size() > 1) {
      return Parsed.rejected(
          new Rejection(
              file,
              notas.get(1).line(),
              "candidate",
              "a second NOTA line in one contest (the first is on line "
                  + notas.get(0).line()
                  + ")"));
    }
    Votes nota = notas.isEmpty() ? null : notas.get(0).votes();
    return switch (Polls.polled(file, contenders, nota, electors, complete, winner, contestLine)) {
      case Parsed.Ok<org.janadesh.core.result.Polled> ok -> Parsed.ok(ok.value());
      case Parsed.Rejected<org.janadesh.core.result.Polled> r -> Parsed.rejected(r.rejections());
    };
  }
}
