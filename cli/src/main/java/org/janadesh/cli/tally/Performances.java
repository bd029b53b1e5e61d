package org.janadesh.cli.tally;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.cli.bloc.Subjects;
import org.janadesh.cli.render.Format;
import org.janadesh.core.alliance.Alliance;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.AllianceTallies;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.PerformanceTally;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.jspecify.annotations.Nullable;

/** The {@code --by} and {@code --bloc} answers of the tally command. */
final class Performances {
  private Performances() {}

  static void write(
      PrintWriter out,
      Format format,
      Desk desk,
      Election election,
      Optional<StateCode> state,
      String label,
      List<Contest> all,
      @Nullable String by,
      @Nullable String blocText) {
    List<Contest> contests =
        state
            .map(s -> all.stream().filter(c -> c.constituency().state().equals(s)).toList())
            .orElse(all);
    AllianceBook book = AlliancesCsv.loadBundled(desk.registries());
    String mode = by == null ? "party" : by.trim().toLowerCase(java.util.Locale.ROOT);
    if (blocText != null) {
      if (mode.equals("alliance")) {
        throw new UserError(
            ExitCodes.USAGE, "--bloc counts one group: use it without --by alliance");
      }
      Bloc bloc = Subjects.bloc(blocText, desk.registries().parties(), book, contests);
      PerformanceTally tally = AllianceTallies.count(election.id(), label, contests, bloc);
      PerformanceView.write(
          out, format, election, "bloc", tally, Map.of(bloc.name(), ids(bloc.members())), Map.of());
      return;
    }
    switch (mode) {
      case "party" ->
          PerformanceView.write(
              out,
              format,
              election,
              "party",
              org.janadesh.core.tally.Performances.count(
                  election.id(), label, contests, PartyId::value),
              Map.of(),
              Map.of());
      case "alliance" -> {
        List<Alliance> alliances = book.alliances(election.id());
        if (alliances.isEmpty()) {
          throw new UserError(
              ExitCodes.NOT_FOUND,
              "no alliances are recorded for "
                  + election.id()
                  + " (data/alliances/alliances.csv); use --bloc for a group of your own");
        }
        PerformanceTally tally = AllianceTallies.count(election.id(), label, state, contests, book);
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, String> apart = new TreeMap<>();
        Set<PartyId> stood = stood(contests);
        for (Alliance a : alliances) {
          // Members listed are those that stood in the scope, so a state shows its own slate.
          Set<PartyId> here = new java.util.TreeSet<>(a.members(state));
          here.retainAll(stood);
          if (!here.isEmpty()) {
            members.put(a.name(), ids(here));
          }
          state.ifPresent(
              s ->
                  a.apartIn(s).stream()
                      .filter(stood::contains)
                      .forEach(p -> apart.put(p.value(), a.name())));
        }
        PerformanceView.write(out, format, election, "alliance", tally, members, apart);
      }
      default ->
          throw new UserError(ExitCodes.USAGE, "--by must be party or alliance, not '" + by + "'");
    }
  }

  private static List<String> ids(Set<PartyId> parties) {
    return parties.stream().sorted().map(PartyId::value).toList();
  }

  private static Set<PartyId> stood(List<Contest> contests) {
    return contests.stream()
        .flatMap(
            c ->
                switch (c.outcome()) {
                  case org.janadesh.core.result.Polled p ->
                      p.candidates().stream().map(x -> x.candidate().party());
                  case org.janadesh.core.result.Uncontested u ->
                      java.util.stream.Stream.of(u.returned().party());
                  case org.janadesh.core.result.WinnersOnly w ->
                      w.winners().stream().map(x -> x.party());
                })
        .collect(Collectors.toSet());
  }
}
