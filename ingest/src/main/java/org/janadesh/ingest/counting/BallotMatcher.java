package org.janadesh.ingest.counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;
import org.janadesh.core.text.MatchKey;
import org.janadesh.ingest.source.PartySources;
import org.janadesh.ingest.source.Rejection;

/**
 * Ties snapshot rows to ballot serials of the election's nominated candidates. The snapshot names a
 * candidate only by name and party, so a row matches the nominee with the same name key and party;
 * where a constituency has two nominees of the same name and party (two independents called
 * S.SATHISH KUMAR in Chennai Central), only the numbers tell them apart ({@link Namesakes}); rows
 * that cannot be told apart are rejected, never guessed.
 */
final class BallotMatcher {
  private static final int YEAR = 2024;

  private final String file;
  private final PartyRegistry parties;
  private final Map<Seat, Contest> contests = new HashMap<>();
  private final Map<Group, List<CandidateSnapshot>> namesakeRows = new LinkedHashMap<>();

  BallotMatcher(String file, List<Contest> nominations, PartyRegistry parties) {
    this.file = file;
    this.parties = parties;
    for (Contest c : nominations) {
      contests.put(new Seat(c.constituency().state(), c.constituency().number()), c);
    }
  }

  /** The matched counts and the rows that could not be matched, in file order. */
  record Matched(List<BallotCount> counts, List<Rejection> rejections) {
    Matched {
      counts = List.copyOf(counts);
      rejections = List.copyOf(rejections);
    }
  }

  Matched match(List<CandidateSnapshot> rows) {
    List<BallotCount> counts = new ArrayList<>();
    List<Rejection> problems = new ArrayList<>();
    Map<Scrape, List<CandidateSnapshot>> scrapes = new LinkedHashMap<>();
    for (CandidateSnapshot row : rows) {
      scrapes
          .computeIfAbsent(
              new Scrape(new Seat(row.state(), row.pc()), row.published(), row.scrape()),
              s -> new ArrayList<>())
          .add(row);
    }
    for (Map.Entry<Scrape, List<CandidateSnapshot>> scrape : scrapes.entrySet()) {
      matchScrape(scrape.getKey(), scrape.getValue(), counts, problems);
    }
    resolveNamesakes(counts, problems);
    counts.sort(Comparator.comparingLong(BallotCount::line));
    problems.sort(Comparator.comparingLong(Rejection::line));
    return new Matched(counts, problems);
  }

  private void matchScrape(
      Scrape scrape,
      List<CandidateSnapshot> rows,
      List<BallotCount> counts,
      List<Rejection> problems) {
    Contest contest = contests.get(scrape.seat());
    if (contest == null) {
      rows.forEach(
          r ->
              problems.add(
                  new Rejection(
                      file,
                      r.line(),
                      "source_url",
                      "no 2024 contest in " + r.state() + " PC " + r.pc())));
      return;
    }
    Map<Namesake, List<Candidate>> nominees = new HashMap<>();
    for (Candidate c : nominees(contest)) {
      nominees
          .computeIfAbsent(new Namesake(MatchKey.of(c.name()), c.party()), k -> new ArrayList<>())
          .add(c);
    }
    Map<Namesake, List<CandidateSnapshot>> seen = new LinkedHashMap<>();
    for (CandidateSnapshot row : rows) {
      if (row.nota()) {
        counts.add(count(contest, row, BallotCount.NOTA));
        continue;
      }
      Optional<PartyId> party =
          parties.find(PartySources.ECI_SITE, row.party(), YEAR).map(p -> p.id());
      if (party.isEmpty()) {
        problems.add(
            new Rejection(
                file,
                row.line(),
                "party",
                "unknown party '"
                    + row.party()
                    + "' (not an id, name or alias in the party registry)"));
        continue;
      }
      Namesake key = new Namesake(MatchKey.of(row.candidate()), party.get());
      if (!nominees.containsKey(key)) {
        problems.add(
            new Rejection(
                file,
                row.line(),
                "candidate_name",
                "no nominee '"
                    + row.candidate()
                    + "' of "
                    + party.get()
                    + " in "
                    + contest.name()
                    + " ("
                    + contest.constituency()
                    + ")"));
        continue;
      }
      seen.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<Namesake, List<CandidateSnapshot>> e : seen.entrySet()) {
      List<Candidate> same = nominees.getOrDefault(e.getKey(), List.of());
      if (same.size() == 1) {
        e.getValue().forEach(r -> counts.add(count(contest, r, same.get(0).serial())));
      } else {
        namesakeRows
            .computeIfAbsent(new Group(contest, e.getKey()), g -> new ArrayList<>())
            .addAll(e.getValue());
      }
    }
  }

  /** Resolves every namesake group once all its scrapes are known (see {@link Namesakes}). */
  private void resolveNamesakes(List<BallotCount> counts, List<Rejection> problems) {
    for (Map.Entry<Group, List<CandidateSnapshot>> g : namesakeRows.entrySet()) {
      Contest contest = g.getKey().contest();
      List<Candidate> same =
          nominees(contest).stream()
              .filter(c -> new Namesake(MatchKey.of(c.name()), c.party()).equals(g.getKey().key()))
              .toList();
      long[] finals = same.stream().mapToLong(c -> finalTotal(contest, c)).toArray();
      List<CandidateSnapshot> rows = new ArrayList<>(g.getValue());
      rows.sort(
          Comparator.comparing(CandidateSnapshot::published)
              .thenComparing(CandidateSnapshot::scrape));
      Map<CandidateSnapshot, Integer> serials = new HashMap<>();
      new Namesakes(file, same, finals).assign(Namesakes.byScrape(rows), serials, problems);
      serials.forEach((row, serial) -> counts.add(count(contest, row, serial)));
    }
    namesakeRows.clear();
  }

  private static long finalTotal(Contest contest, Candidate candidate) {
    return switch (contest.outcome()) {
      case Polled p ->
          p.candidates().stream()
              .filter(c -> c.candidate().serial() == candidate.serial())
              .mapToLong(CandidateResult::total)
              .sum();
      case Uncontested u -> 0;
      case WinnersOnly w -> 0;
    };
  }

  /** Everyone on the ballot; an uncontested return has its one nominee. */
  static List<Candidate> nominees(Contest contest) {
    return switch (contest.outcome()) {
      case Polled p -> p.candidates().stream().map(CandidateResult::candidate).toList();
      case Uncontested u -> List.of(u.returned());
      case WinnersOnly w -> w.winners();
    };
  }

  private static BallotCount count(Contest contest, CandidateSnapshot row, int serial) {
    return new BallotCount(
        row.line(),
        contest.constituency(),
        row.published(),
        row.scrape(),
        serial,
        row.evm(),
        row.postal());
  }

  private record Seat(StateCode state, int pc) {}

  private record Scrape(Seat seat, Instant published, String run) {}

  private record Namesake(String key, PartyId party) {}

  private record Group(Contest contest, Namesake key) {}
}
