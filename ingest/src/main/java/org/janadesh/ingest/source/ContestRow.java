package org.janadesh.ingest.source;

import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Votes;

/** What one converted row contributes to its contest. */
public sealed interface ContestRow
    permits ContestRow.Contender, ContestRow.Nota, ContestRow.Unopposed {
  long line();

  /** A candidate who went to the poll. */
  record Contender(CandidateEntry entry) implements ContestRow {
    @Override
    public long line() {
      return entry.line();
    }
  }

  /** The "None of the Above" line: votes, never a candidate. */
  record Nota(long line, Votes votes) implements ContestRow {}

  /** A candidate returned unopposed: no poll was held (Surat, 2024). */
  record Unopposed(long line, Candidate candidate) implements ContestRow {}
}
