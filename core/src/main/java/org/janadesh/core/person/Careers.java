package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.rules.Verdict;
import org.jspecify.annotations.Nullable;

/** Career facts of every linked candidacy and the holders of every seat line (PER-6…PER-13). */
public final class Careers {
  private final People people;
  private final SeatLines lines;
  private final CandidacyFacts[] facts;
  private final Map<ConstituencyId, List<SeatContest>> byLine = new LinkedHashMap<>();

  /** By candidacy index: the contest of its seat line it stood in, and the streak it made. */
  private final SeatContest[] contestOf;

  private final int[] streakOf;

  private Careers(People people) {
    this.people = people;
    this.lines = SeatLines.of(people.candidacies());
    int n = people.candidacies().size();
    this.facts = new CandidacyFacts[n];
    this.contestOf = new SeatContest[n];
    this.streakOf = new int[n];
    buildSeatLines();
    for (Map.Entry<PersonId, List<Candidacy>> e : people.careers().entrySet()) {
      buildFacts(e.getKey(), e.getValue());
    }
  }

  public static Careers of(People people) {
    return new Careers(people);
  }

  /**
   * Links every Lok Sabha candidacy in the archive and derives the careers: the one call the CLI
   * and the bench make.
   */
  public static Careers fromArchive(Archive archive, List<PersonOverride> overrides) {
    return of(Linkage.link(Candidacies.ofArchive(archive), overrides));
  }

  public People people() {
    return people;
  }

  public CandidacyFacts facts(Candidacy candidacy) {
    return facts[people.indexOf(candidacy)];
  }

  /** The contests of the seat line {@code seat} belongs to, in order of time (PER-6). */
  public List<SeatContest> holders(ConstituencyId seat) {
    return byLine.getOrDefault(lines.lineOf(seat), List.of());
  }

  /**
   * PER-12: the streak at the person's latest contest: its seat and the wins in a row there ending
   * with it (0 if the latest contest was lost).
   */
  public Optional<CandidacyFacts> currentStreak(PersonId person) {
    List<Candidacy> career = people.career(person);
    return career.isEmpty() ? Optional.empty() : Optional.of(facts(career.getLast()));
  }

  private void buildSeatLines() {
    List<Candidacy> all = people.candidacies();
    Map<ConstituencyId, Map<Integer, List<Integer>>> contests = new LinkedHashMap<>();
    @Nullable ConstituencyId lastSeat = null;
    Map<Integer, List<Integer>> lastLine = Map.of();
    for (int i = 0; i < all.size(); i++) {
      Candidacy c = all.get(i);
      // The candidacies of one contest come together and share their seat.
      if (!c.seat().equals(lastSeat)) {
        lastSeat = c.seat();
        lastLine = contests.computeIfAbsent(lines.lineOf(c.seat()), k -> new LinkedHashMap<>());
      }
      lastLine.computeIfAbsent(c.order(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<ConstituencyId, Map<Integer, List<Integer>>> line : contests.entrySet()) {
      List<SeatContest> list = new ArrayList<>();
      List<PersonId> holders = List.of();
      // PER-12: each winner's wins in a row in this line, carried from one contest to the next.
      Map<PersonId, Integer> runs = Map.of();
      for (List<Integer> indices : line.getValue().values()) {
        List<Candidacy> contest = indices.stream().map(all::get).toList();
        List<Candidacy> winners = contest.stream().filter(Candidacy::won).toList();
        List<PersonId> winnerPersons = winners.stream().map(people::personOf).toList();
        Set<PersonId> standing = contest.stream().map(people::personOf).collect(Collectors.toSet());
        SeatContest.SittingMember sitting;
        if (holders.isEmpty()) {
          sitting = SeatContest.SittingMember.NONE_ON_RECORD;
        } else if (holders.stream().anyMatch(winnerPersons::contains)) {
          sitting = SeatContest.SittingMember.RETAINED;
        } else if (holders.stream().anyMatch(standing::contains)) {
          sitting = SeatContest.SittingMember.LOST;
        } else {
          sitting = SeatContest.SittingMember.DID_NOT_STAND;
        }
        SeatContest seatContest =
            new SeatContest(contest, winners, winnerPersons, holders, sitting);
        list.add(seatContest);
        Map<PersonId, Integer> next = new HashMap<>();
        for (PersonId p : winnerPersons) {
          next.put(p, runs.getOrDefault(p, 0) + 1);
        }
        for (int i : indices) {
          contestOf[i] = seatContest;
          streakOf[i] = all.get(i).won() ? next.getOrDefault(people.personOf(all.get(i)), 0) : 0;
        }
        runs = next;
        holders = winnerPersons;
      }
      byLine.put(line.getKey(), List.copyOf(list));
    }
  }

  private void buildFacts(PersonId person, List<Candidacy> career) {
    int wins = 0;
    for (int i = 0; i < career.size(); i++) {
      Candidacy c = career.get(i);
      int index = people.indexOf(c);
      List<Candidacy> before = career.subList(0, i);
      int terms = wins + (c.won() ? 1 : 0);
      Verdict sitting = sittingMember(c, before);
      Verdict incumbent = incumbent(person, c, contestOf[index]);
      boolean recontest = before.stream().anyMatch(b -> previousHouse(c, b));
      boolean turncoat = !before.isEmpty() && !before.getLast().party().equals(c.party());
      facts[index] =
          new CandidacyFacts(
              c, person, terms, sitting, incumbent, recontest, turncoat, streakOf[index]);
      wins = terms;
    }
  }

  /**
   * PER-10: the earlier candidacy was in the house before this contest's, or earlier in this one.
   */
  private static boolean previousHouse(Candidacy c, Candidacy earlier) {
    return earlier.house() == c.house() - 1
        || (c.kind() == ElectionKind.BYE && earlier.house() == c.house());
  }

  /**
   * PER-7: at a general election, the person won a contest (general or by-election) for the
   * outgoing house; at a by-election, won a contest for the sitting house before this poll.
   */
  private static Verdict sittingMember(Candidacy c, List<Candidacy> before) {
    int house = c.kind() == ElectionKind.GENERAL ? c.house() - 1 : c.house();
    Optional<Candidacy> win =
        before.stream().filter(b -> b.won() && b.house() == house).reduce((x, y) -> y);
    return win.map(
            w ->
                new Verdict(
                    "PER-7",
                    true,
                    "won "
                        + w.election()
                        + " "
                        + w.seatName()
                        + " for the house sitting at the poll"))
        .orElseGet(
            () ->
                new Verdict("PER-7", false, "no win for the house sitting at the poll on record"));
  }

  /** PER-8: the person won the seat line's contest before this one. */
  private static Verdict incumbent(PersonId person, Candidacy c, SeatContest sc) {
    if (sc.sitting() == SeatContest.SittingMember.NONE_ON_RECORD) {
      return new Verdict("PER-8", false, "no earlier contest for " + c.seatName() + " on record");
    }
    boolean held = sc.sittingMembers().contains(person);
    return new Verdict(
        "PER-8",
        held,
        held
            ? "won the previous contest for " + c.seatName()
            : "did not win the previous contest for " + c.seatName());
  }
}
