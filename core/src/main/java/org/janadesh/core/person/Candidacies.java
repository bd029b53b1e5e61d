package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.janadesh.core.archive.Archive;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/** Turns the archive's Lok Sabha contests into candidacies in the order of time (PER-5). */
public final class Candidacies {
  private Candidacies() {}

  /** Every candidate of every Lok Sabha contest in the archive, read in one call. */
  public static List<Candidacy> ofArchive(Archive archive) {
    List<Election> elections = archive.elections();
    List<ElectionId> lokSabha =
        elections.stream().filter(e -> e.house() == House.LOK_SABHA).map(Election::id).toList();
    Map<ElectionId, List<Contest>> contests = archive.contests(lokSabha);
    return of(elections, id -> contests.getOrDefault(id, List.of()));
  }

  /**
   * Every candidate of every Lok Sabha contest of {@code elections}. Contests are put in order by
   * year; within a year a general election comes first, and a by-election follows it unless its
   * seat is of an older delimitation order than the general election's seats in that state, which
   * shows that it filled a seat of the outgoing house (PER-5).
   */
  public static List<Candidacy> of(
      List<Election> elections, Function<ElectionId, List<Contest>> contestsOf) {
    Map<ElectionId, Election> byId = new HashMap<>();
    Map<ElectionId, List<Contest>> contests = new HashMap<>();
    Map<String, Delimitation> generalOrder = new HashMap<>();
    for (Election e : elections) {
      if (e.house() != House.LOK_SABHA) {
        continue;
      }
      byId.put(e.id(), e);
      List<Contest> list = contestsOf.apply(e.id());
      contests.put(e.id(), list);
      if (e.kind() == ElectionKind.GENERAL) {
        for (Contest c : list) {
          generalOrder.putIfAbsent(
              key(e.year(), c.constituency().state()), c.constituency().delimitation());
        }
      }
    }
    record Placed(Contest contest, Election election, int phase) {}
    List<Placed> placed = new ArrayList<>();
    for (Map.Entry<ElectionId, List<Contest>> entry : contests.entrySet()) {
      Election e = byId.get(entry.getKey());
      if (e == null) {
        continue;
      }
      for (Contest c : entry.getValue()) {
        int phase = 1;
        if (e.kind() == ElectionKind.BYE) {
          Delimitation ge = generalOrder.get(key(e.year(), c.constituency().state()));
          phase = ge != null && c.constituency().delimitation().compareTo(ge) < 0 ? 0 : 2;
        }
        placed.add(new Placed(c, e, phase));
      }
    }
    placed.sort(
        Comparator.<Placed>comparingInt(p -> p.election().year())
            .thenComparingInt(Placed::phase)
            .thenComparing(p -> p.election().id())
            .thenComparing(p -> p.contest().constituency()));
    List<Integer> generalYears =
        byId.values().stream()
            .filter(e -> e.kind() == ElectionKind.GENERAL)
            .map(Election::year)
            .distinct()
            .sorted()
            .toList();
    List<Candidacy> out = new ArrayList<>();
    int order = 0;
    for (Placed p : placed) {
      int house = houseOf(generalYears, p.election().year(), p.phase());
      addCandidacies(out, order++, house, p.election(), p.contest());
    }
    return List.copyOf(out);
  }

  /**
   * The house a contest filled a seat of: phase 0 is a by-election before that year's general
   * election.
   */
  private static int houseOf(List<Integer> generalYears, int year, int phase) {
    int house = -1;
    for (int i = 0; i < generalYears.size(); i++) {
      int y = generalYears.get(i);
      if (y < year || (y == year && phase >= 1)) {
        house = i;
      }
    }
    return house;
  }

  private static String key(int year, StateCode state) {
    return year + "/" + state;
  }

  private static void addCandidacies(
      List<Candidacy> out, int order, int house, Election e, Contest c) {
    switch (c.outcome()) {
      case Polled polled -> {
        long winnerVotes = polled.winner().total();
        Long lead = polled.margin().isPresent() ? polled.margin().getAsLong() : null;
        for (CandidateResult r : polled.candidates()) {
          boolean won = r.candidate().serial() == polled.winnerSerial();
          Long margin = won ? lead : (Long) (r.total() - winnerVotes);
          out.add(
              new Candidacy(
                  order,
                  house,
                  e.id(),
                  e.kind(),
                  e.year(),
                  c.constituency(),
                  c.name(),
                  r.candidate(),
                  won,
                  margin));
        }
      }
      case Uncontested u ->
          out.add(
              new Candidacy(
                  order,
                  house,
                  e.id(),
                  e.kind(),
                  e.year(),
                  c.constituency(),
                  c.name(),
                  u.returned(),
                  true,
                  null));
      case WinnersOnly w ->
          w.winners()
              .forEach(
                  cand ->
                      out.add(
                          new Candidacy(
                              order,
                              house,
                              e.id(),
                              e.kind(),
                              e.year(),
                              c.constituency(),
                              c.name(),
                              cand,
                              true,
                              null)));
    }
  }
}
