package org.janadesh.ingest.counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.janadesh.core.counting.CountingUpdate;
import org.janadesh.core.counting.CountingUpdate.CountReported;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.Tally;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.text.MatchKey;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.PartySources;
import org.janadesh.ingest.source.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * The 2024 counting-day snapshots (data/PROVENANCE.md §3.10) as a stream of counting submissions
 * for {@code ls-2024}, in the order a replay should send them. The rules of the conversion are in
 * docs/rules/counting.md ("The 2024 snapshots as events"):
 *
 * <ul>
 *   <li>one {@link CountReported} per constituency per scrape (published time, then scraper run),
 *       carrying the full cumulative tallies: the file lists only changed rows, so every
 *       candidate's latest number is carried forward; a scrape that changes nothing is skipped;
 *   <li>where any number falls below what the constituency last reported, the site revised itself:
 *       a {@link CountingUpdate.Correction} of the constituency's latest report with the revised
 *       numbers;
 *   <li>the first "Result Declared" row of the leads file gives a {@link
 *       CountingUpdate.ResultDeclared} for the candidate it names (name and party, as {@link
 *       BallotMatcher} matches them); the state page often said "declared" minutes before the
 *       constituency page showed the final count, so a declaration published before a scrape of
 *       that constituency is received with the first such scrape, right after it;
 *   <li>the "Uncontested" row gives an {@link CountingUpdate.UncontestedReturn}; the constituency
 *       page's rows for that seat (dashes, no poll) are not counts and are left out.
 * </ul>
 *
 * Keys are derived from the constituency, the published time and the scraper run, so converting
 * twice gives the same stream. {@code received} equals {@code published} except for held
 * declarations.
 */
public final class SnapshotReplay {
  /** The election the snapshots are of. */
  public static final ElectionId LS_2024 = ElectionId.lokSabha(2024);

  static final String CANDIDATES = "counting/ls2024_counting_candidate_snapshots.csv.gz";
  static final String LEADS = "counting/ls2024_counting_leads.csv.gz";

  private static final int YEAR = 2024;

  private SnapshotReplay() {}

  /**
   * The stream, the rows that could not be used, and what the conversion did. {@code submissions}
   * are in replay order (receive time, then constituency, then the constituency's own order).
   */
  public record Stream(List<Submission> submissions, List<Rejection> rejections, Counts counts) {
    public Stream {
      submissions = List.copyOf(submissions);
      rejections = List.copyOf(rejections);
    }
  }

  /**
   * What the conversion made: {@code reports} counts, {@code corrections} revised counts, {@code
   * unchangedScrapes} scrapes skipped because they changed nothing, {@code declarations} and how
   * many of them were {@code held} for the constituency page, {@code uncontested} returns, and
   * {@code uncontestedRows} candidate rows left out for seats returned unopposed.
   */
  public record Counts(
      int reports,
      int corrections,
      int unchangedScrapes,
      int declarations,
      int held,
      int uncontested,
      int uncontestedRows) {}

  /** The bundled snapshot files as a stream, against the archive's 2024 contests. */
  public static Stream ls2024(List<Contest> contests, PartyRegistry parties) {
    SnapshotFiles.Read<CandidateSnapshot> candidates =
        SnapshotFiles.candidates(CANDIDATES, BundledData.read(CANDIDATES));
    SnapshotFiles.Read<LeadSnapshot> leads = SnapshotFiles.leads(LEADS, BundledData.read(LEADS));
    return convert(contests, parties, candidates, leads);
  }

  static Stream convert(
      List<Contest> contests,
      PartyRegistry parties,
      SnapshotFiles.Read<CandidateSnapshot> candidates,
      SnapshotFiles.Read<LeadSnapshot> leads) {
    List<Contest> of2024 = contests.stream().filter(c -> c.election().equals(LS_2024)).toList();
    List<Rejection> problems = new ArrayList<>(candidates.rejections());
    problems.addAll(leads.rejections());
    BallotMatcher.Matched matched =
        new BallotMatcher(CANDIDATES, of2024, parties).match(candidates.rows());
    problems.addAll(matched.rejections());

    Map<String, Contest> byPlace = new HashMap<>();
    for (Contest c : of2024) {
      byPlace.put(c.constituency().state() + "/" + c.constituency().number(), c);
    }
    Map<ConstituencyId, LeadSnapshot> declared = new HashMap<>();
    Map<ConstituencyId, LeadSnapshot> unopposed = new HashMap<>();
    List<LeadSnapshot> ordered = new ArrayList<>(leads.rows());
    ordered.sort(
        Comparator.comparing(LeadSnapshot::published).thenComparingLong(LeadSnapshot::line));
    for (LeadSnapshot l : ordered) {
      Contest c = byPlace.get(l.state() + "/" + l.pc());
      if (c == null) {
        problems.add(
            new Rejection(
                LEADS, l.line(), "pc_no", "no 2024 contest in " + l.state() + " PC " + l.pc()));
        continue;
      }
      switch (l.status()) {
        case DECLARED -> declared.putIfAbsent(c.constituency(), l);
        case UNCONTESTED -> unopposed.putIfAbsent(c.constituency(), l);
        case IN_PROGRESS -> {}
      }
    }

    Map<ConstituencyId, List<BallotCount>> countsBySeat = new TreeMap<>();
    for (BallotCount b : matched.counts()) {
      countsBySeat.computeIfAbsent(b.constituency(), k -> new ArrayList<>()).add(b);
    }
    Builder out = new Builder();
    for (Contest c : of2024) {
      ConstituencyId id = c.constituency();
      List<BallotCount> rows = countsBySeat.getOrDefault(id, List.of());
      LeadSnapshot returned = unopposed.get(id);
      if (returned != null || c.outcome() instanceof Uncontested) {
        out.uncontestedRows += rows.size();
        if (returned != null) {
          winner(c, returned, parties, problems)
              .ifPresent(
                  serial ->
                      out.add(
                          id,
                          returned.published(),
                          returned.published(),
                          key(id, returned.published(), "uncontested"),
                          new CountingUpdate.UncontestedReturn(serial)));
        }
        continue;
      }
      out.seat(id, rows, declared.get(id), c, parties, problems);
    }
    problems.sort(Comparator.comparing(Rejection::file).thenComparingLong(Rejection::line));
    return new Stream(out.sorted(), problems, out.counts());
  }

  /** The serial of the candidate a leads row names, by name key and party, or a rejection. */
  private static Optional<Integer> winner(
      Contest contest, LeadSnapshot row, PartyRegistry parties, List<Rejection> problems) {
    Optional<PartyId> party =
        parties.find(PartySources.ECI_SITE, row.leadingParty(), YEAR).map(p -> p.id());
    if (party.isEmpty()) {
      problems.add(
          new Rejection(
              LEADS,
              row.line(),
              "leading_party",
              "unknown party '"
                  + row.leadingParty()
                  + "' (not an id, name or alias in the party registry)"));
      return Optional.empty();
    }
    String name = MatchKey.of(row.leadingCandidate());
    List<Candidate> same =
        BallotMatcher.nominees(contest).stream()
            .filter(c -> c.party().equals(party.get()) && MatchKey.of(c.name()).equals(name))
            .toList();
    if (same.size() != 1) {
      problems.add(
          new Rejection(
              LEADS,
              row.line(),
              "leading_candidate",
              (same.isEmpty() ? "no nominee '" : "more than one nominee '")
                  + row.leadingCandidate()
                  + "' of "
                  + party.get()
                  + " in "
                  + contest.name()
                  + " ("
                  + contest.constituency()
                  + ")"));
      return Optional.empty();
    }
    return Optional.of(same.get(0).serial());
  }

  /** {@code eci2024:ls/S24/54@2008:2024-06-04T11:01:48Z:<run>}: stable across conversions. */
  static String key(ConstituencyId id, Instant published, String run) {
    return "eci2024:" + id + ":" + published + ":" + run;
  }

  /** Submissions in the making, each with its place in its constituency's own order. */
  private static final class Builder {
    private record Item(Submission submission, int order) {}

    private final List<Item> items = new ArrayList<>();
    private int reports;
    private int corrections;
    private int unchanged;
    private int declarations;
    private int held;
    private int uncontested;
    int uncontestedRows;
    private int order;

    void add(ConstituencyId id, Instant published, Instant received, String key, CountingUpdate u) {
      switch (u) {
        case CountReported r -> reports++;
        case CountingUpdate.Correction c -> corrections++;
        case CountingUpdate.ResultDeclared d -> declarations++;
        case CountingUpdate.UncontestedReturn r -> uncontested++;
        case CountingUpdate.RoundCounted r -> {}
        case CountingUpdate.PostalCounted p -> {}
        case CountingUpdate.CountingAdjourned a -> {}
        case CountingUpdate.CountingResumed r -> {}
        case CountingUpdate.PollCountermanded p -> {}
      }
      items.add(new Item(new Submission(LS_2024, id, published, received, key, u), order++));
    }

    /** One constituency: its scrapes in time order, then (or within) its declaration. */
    void seat(
        ConstituencyId id,
        List<BallotCount> rows,
        @Nullable LeadSnapshot declaration,
        Contest contest,
        PartyRegistry parties,
        List<Rejection> problems) {
      Map<String, List<BallotCount>> scrapes = new LinkedHashMap<>();
      List<BallotCount> sorted = new ArrayList<>(rows);
      sorted.sort(
          Comparator.comparing(BallotCount::published)
              .thenComparing(BallotCount::scrape)
              .thenComparingLong(BallotCount::line));
      for (BallotCount b : sorted) {
        scrapes.computeIfAbsent(b.published() + " " + b.scrape(), k -> new ArrayList<>()).add(b);
      }
      Optional<Integer> winner =
          declaration == null ? Optional.empty() : winner(contest, declaration, parties, problems);
      boolean declarationSent = declaration == null || winner.isEmpty();
      Map<Integer, Long> evm = new TreeMap<>();
      Map<Integer, Long> postal = new TreeMap<>();
      CountReported last = null;
      String lastReportKey = null;
      for (List<BallotCount> scrape : scrapes.values()) {
        for (BallotCount b : scrape) {
          evm.put(b.serial(), b.evm());
          postal.put(b.serial(), b.postal());
        }
        CountReported now = new CountReported(tally(evm), tally(postal));
        BallotCount first = scrape.get(0);
        Instant at = first.published();
        String key = key(id, at, first.scrape());
        if (now.equals(last)) {
          unchanged++;
        } else if (last != null && lastReportKey != null && falls(last, now)) {
          add(
              id,
              at,
              at,
              key,
              new CountingUpdate.Correction(new CountingUpdate.Target.ByKey(lastReportKey), now));
        } else {
          add(id, at, at, key, now);
          lastReportKey = key;
        }
        last = now;
        if (!declarationSent && declaration != null && !at.isBefore(declaration.published())) {
          // The state page said "declared" before this scrape of the constituency page: the
          // declaration closes the count this scrape shows, so it is received with it.
          held++;
          add(
              id,
              declaration.published(),
              at,
              key(id, declaration.published(), "declared"),
              new CountingUpdate.ResultDeclared(winner.orElseThrow(), false, false));
          declarationSent = true;
        }
      }
      if (!declarationSent && declaration != null) {
        add(
            id,
            declaration.published(),
            declaration.published(),
            key(id, declaration.published(), "declared"),
            new CountingUpdate.ResultDeclared(winner.orElseThrow(), false, false));
      }
    }

    private static boolean falls(CountReported before, CountReported now) {
      return before.evm().firstFallIn(now.evm()).isPresent()
          || before.postal().firstFallIn(now.postal()).isPresent();
    }

    private static Tally tally(Map<Integer, Long> votes) {
      Map<Integer, Long> candidates = new TreeMap<>(votes);
      Long nota = candidates.remove(BallotCount.NOTA);
      return Tally.of(candidates, nota == null ? 0 : nota);
    }

    List<Submission> sorted() {
      List<Item> all = new ArrayList<>(items);
      all.sort(
          Comparator.comparing((Item i) -> i.submission().received())
              .thenComparing(i -> i.submission().constituency())
              .thenComparingInt(Item::order));
      return all.stream().map(Item::submission).toList();
    }

    Counts counts() {
      return new Counts(
          reports, corrections, unchanged, declarations, held, uncontested, uncontestedRows);
    }
  }
}
