package org.janadesh.ingest.source;

import org.janadesh.core.election.Election;
import org.janadesh.core.result.Contest;

/** A converted contest together with the election it belongs to. */
public record Imported(Election election, Contest contest) {
  public Imported {
    if (!election.id().equals(contest.election())) {
      throw new IllegalArgumentException(
          "contest of " + contest.election() + " paired with election " + election.id());
    }
  }
}
