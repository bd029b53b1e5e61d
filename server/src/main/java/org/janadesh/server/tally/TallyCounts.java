package org.janadesh.server.tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.janadesh.core.alliance.Alliance;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.AllianceTallies;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;
import org.janadesh.core.tally.Performances;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.core.tally.Tallies;

/**
 * The tallies both faces answer with, from parsed questions: the CLI's {@code tally} command and
 * {@code GET /api/v1/elections/{id}/tally} call these, so scope labels, alliance slates and the
 * ALL-3 list are chosen in one place.
 */
public final class TallyCounts {
  private TallyCounts() {}

  /** {@code Kerala} for a state, the election's own state for an assembly, else {@code India}. */
  public static String scopeLabel(
      StateRegistry states, Election election, Optional<StateCode> scope) {
    StateCode named = scope.orElse(election.state());
    return named != null ? states.state(named, election.year()).name() : "India";
  }

  public static List<Contest> inScope(List<Contest> all, Optional<StateCode> scope) {
    return scope
        .map(s -> all.stream().filter(c -> c.constituency().state().equals(s)).toList())
        .orElse(all);
  }

  /** Seats and votes per party over every contest of the election, or one state's. */
  public static SeatTally seats(
      Election election,
      Optional<StateCode> scope,
      String label,
      List<Contest> all,
      PartyRegistry parties) {
    return scope.isPresent()
        ? Tallies.countInState(election.id(), label, scope.get(), all, parties)
        : Tallies.count(election.id(), label, all, parties);
  }

  /** Performance per party over the contests in scope. */
  public static PerformanceReport byParty(Election election, String label, List<Contest> inScope) {
    return new PerformanceReport(
        "party",
        Performances.count(election.id(), label, inScope, PartyId::value),
        Map.of(),
        Map.of());
  }

  /** Performance of one bloc against every other party (ALL-6). */
  public static PerformanceReport ofBloc(
      Election election, String label, List<Contest> inScope, Bloc bloc) {
    return new PerformanceReport(
        "bloc",
        AllianceTallies.count(election.id(), label, inScope, bloc),
        Map.of(bloc.name(), ids(bloc.members())),
        Map.of());
  }

  /**
   * Performance per alliance. The caller has checked that {@code book} records alliances for the
   * election: each face words that refusal for its own options.
   */
  public static PerformanceReport byAlliance(
      Election election,
      Optional<StateCode> scope,
      String label,
      List<Contest> inScope,
      AllianceBook book) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, String> apart = new TreeMap<>();
    Set<PartyId> stood = stood(inScope);
    for (Alliance a : book.alliances(election.id())) {
      // Members listed are those that stood in the scope, so a state shows its own slate.
      Set<PartyId> here = new TreeSet<>(a.members(scope));
      here.retainAll(stood);
      if (!here.isEmpty()) {
        members.put(a.name(), ids(here));
      }
      scope.ifPresent(
          s ->
              a.apartIn(s).stream()
                  .filter(stood::contains)
                  .forEach(p -> apart.put(p.value(), a.name())));
    }
    return new PerformanceReport(
        "alliance",
        AllianceTallies.count(election.id(), label, scope, inScope, book),
        members,
        apart);
  }

  private static List<String> ids(Set<PartyId> parties) {
    return parties.stream().sorted().map(PartyId::value).toList();
  }

  private static Set<PartyId> stood(List<Contest> contests) {
    return contests.stream()
        .flatMap(
            c ->
                switch (c.outcome()) {
                  case Polled p -> p.candidates().stream().map(x -> x.candidate().party());
                  case Uncontested u -> Stream.of(u.returned().party());
                  case WinnersOnly w -> w.winners().stream().map(x -> x.party());
                })
        .collect(Collectors.toSet());
  }
}
