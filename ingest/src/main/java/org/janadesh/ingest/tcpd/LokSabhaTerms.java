package org.janadesh.ingest.tcpd;

import java.util.Map;
import java.util.Optional;

/**
 * TCPD numbers rows by Lok Sabha ({@code Assembly_No}); the general election that constituted each
 * house gives the election id. A house's general election can run into the next year where polls
 * were postponed (Assam and Punjab voted for the 8th Lok Sabha in 1985; Punjab for the 10th in
 * 1992), so those rows belong to the house's election, not to a year of their own.
 */
final class LokSabhaTerms {
  /** Lok Sabha number → year of the general election that constituted it. */
  private static final Map<Integer, Integer> GENERAL_ELECTION =
      Map.ofEntries(
          Map.entry(1, 1952),
          Map.entry(2, 1957),
          Map.entry(3, 1962),
          Map.entry(4, 1967),
          Map.entry(5, 1971),
          Map.entry(6, 1977),
          Map.entry(7, 1980),
          Map.entry(8, 1984),
          Map.entry(9, 1989),
          Map.entry(10, 1991),
          Map.entry(11, 1996),
          Map.entry(12, 1998),
          Map.entry(13, 1999),
          Map.entry(14, 2004),
          Map.entry(15, 2009),
          Map.entry(16, 2014),
          Map.entry(17, 2019),
          Map.entry(18, 2024));

  private LokSabhaTerms() {}

  static Optional<Integer> generalElectionYear(int lokSabha) {
    return Optional.ofNullable(GENERAL_ELECTION.get(lokSabha));
  }

  /**
   * The last year a poll for this house could be held: the year the next house was elected (a
   * by-election can fall in it before the general election).
   */
  static int lastYear(int lokSabha) {
    Integer next = GENERAL_ELECTION.get(lokSabha + 1);
    return next == null ? GENERAL_ELECTION.getOrDefault(lokSabha, 0) + 5 : next;
  }

  /** TCPD's DelimID: 1 = the 1961 order, 2 = 1966, 3 = 1976, 4 = 2008. */
  static Optional<Integer> delimitationOrder(int delimId) {
    return switch (delimId) {
      case 1 -> Optional.of(1961);
      case 2 -> Optional.of(1966);
      case 3 -> Optional.of(1976);
      case 4 -> Optional.of(2008);
      default -> Optional.empty();
    };
  }
}
