package org.janadesh.core.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;

/** A small Lok Sabha archive built contest by contest; the first candidate listed wins. */
final class Fixture {
  private final Map<ElectionId, Election> elections = new HashMap<>();
  private final Map<ElectionId, List<Contest>> contests = new HashMap<>();

  /** {@code candidates} as "NAME/PARTY/votes", winner first. */
  Fixture general(
      int year, String state, int pc, int order, String seatName, String... candidates) {
    Election e =
        new Election(
            ElectionId.lokSabha(year),
            House.LOK_SABHA,
            ElectionKind.GENERAL,
            "Lok Sabha " + year,
            year,
            null,
            "test");
    return add(e, state, pc, order, seatName, candidates);
  }

  Fixture bye(int year, String state, int pc, int order, String seatName, String... candidates) {
    ElectionId id = ElectionId.of("bye-ls-xx-" + pc + "-" + year);
    Election e =
        new Election(
            id,
            House.LOK_SABHA,
            ElectionKind.BYE,
            "bye " + year,
            year,
            StateCode.of(state),
            "test");
    return add(e, state, pc, order, seatName, candidates);
  }

  private Fixture add(
      Election e, String state, int pc, int order, String seatName, String... candidates) {
    elections.put(e.id(), e);
    List<CandidateResult> results = new ArrayList<>();
    for (int i = 0; i < candidates.length; i++) {
      List<String> f = java.util.regex.Pattern.compile("/").splitAsStream(candidates[i]).toList();
      results.add(
          new CandidateResult(
              new Candidate(i + 1, f.get(0), PartyId.of(f.get(1))),
              new Votes.TotalOnly(Long.parseLong(f.get(2)))));
    }
    ConstituencyId seat =
        new ConstituencyId(House.LOK_SABHA, StateCode.of(state), pc, Delimitation.of(order));
    contests
        .computeIfAbsent(e.id(), k -> new ArrayList<>())
        .add(new Contest(e.id(), seat, seatName, new Polled(results, null, null, true, 1)));
    return this;
  }

  List<Candidacy> candidacies() {
    return Candidacies.of(
        List.copyOf(elections.values()), id -> contests.getOrDefault(id, List.of()));
  }

  Careers careers(List<PersonOverride> overrides) {
    return Careers.of(Linkage.link(candidacies(), overrides));
  }

  static Candidacy find(Careers careers, int year, String name) {
    return careers.people().candidacies().stream()
        .filter(c -> c.year() == year && c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
