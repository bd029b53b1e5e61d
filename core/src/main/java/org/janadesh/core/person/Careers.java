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

/** Career facts of every linked candidacy and the holders of every seat line (PER-6…PER-13). */
public final class Careers {
  private final People people;
  private final SeatLines lines;
  private final Map<Candidacy, CandidacyFacts> facts = new HashMap<>();
  private final Map<ConstituencyId, List<SeatContest>> byLine = new LinkedHashMap<>();

  private Careers(People people) {
    this.people = people;
    this.lines = SeatLines.of(people.candidacies());
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
    List<Candidacy> candidacies = Candidacies.of(archive.elections(), archive::contests);
    return of(Linkage.link(candidacies, overrides));
  }

  public People people() {
    return people;
  }

  public CandidacyFacts facts(Candidacy candidacy) {
    CandidacyFacts f = facts.get(candidacy);
    if (f == null) {
      throw new IllegalArgumentException("not a linked candidacy: " + candidacy);
    }
    return f;
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
    Map<ConstituencyId, Map<Integer, List<Candidacy>>> contests = new LinkedHashMap<>();
    for (Candidacy c : people.candidacies()) {
      contests
          .computeIfAbsent(lines.lineOf(c.seat()), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.order(), k -> new ArrayList<>())
          .add(c);
    }
    for (Map.Entry<ConstituencyId, Map<Integer, List<Candidacy>>> line : contests.entrySet()) {
      List<SeatContest> list = new ArrayList<>();
      List<PersonId> holders = List.of();
      for (List<Candidacy> contest : line.getValue().values()) {
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
        list.add(new SeatContest(contest, winners, winnerPersons, holders, sitting));
        holders = winnerPersons;
      }
      byLine.put(line.getKey(), List.copyOf(list));
    }
  }

  private void buildFacts(PersonId person, List<Candidacy> career) {
    Map<Candidacy, Integer> streaks = streaks(person, career);
    int wins = 0;
    for (int i = 0; i < career.size(); i++) {
      Candidacy c = career.get(i);
      List<Candidacy> before = career.subList(0, i);
      int terms = wins + (c.won() ? 1 : 0);
      Verdict sitting = sittingMember(c, before);
      Verdict incumbent = incumbent(person, c);
      boolean recontest = before.stream().anyMatch(b -> previousHouse(c, b));
      boolean turncoat = !before.isEmpty() && !before.getLast().party().equals(c.party());
      facts.put(
          c,
          new CandidacyFacts(
              c,
              person,
              terms,
              sitting,
              incumbent,
              recontest,
              turncoat,
              streaks.getOrDefault(c, 0)));
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
  private Verdict incumbent(PersonId person, Candidacy c) {
    for (SeatContest sc : holders(c.seat())) {
      if (sc.first().order() == c.order()) {
        if (sc.sitting() == SeatContest.SittingMember.NONE_ON_RECORD) {
          return new Verdict(
              "PER-8", false, "no earlier contest for " + c.seatName() + " on record");
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
    return new Verdict("PER-8", false, "seat not on record");
  }

  /** PER-12: wins in a row in one seat line, counted along the line's contests. */
  private Map<Candidacy, Integer> streaks(PersonId person, List<Candidacy> career) {
    Map<Candidacy, Integer> out = new HashMap<>();
    for (Candidacy c : career) {
      if (!c.won()) {
        continue;
      }
      List<SeatContest> line = holders(c.seat());
      int streak = 0;
      boolean counting = false;
      for (SeatContest sc : line) {
        if (sc.first().order() > c.order()) {
          break;
        }
        streak = sc.winnerPersons().contains(person) ? streak + 1 : 0;
        counting = true;
      }
      out.put(c, counting ? streak : 1);
    }
    return out;
  }
}
