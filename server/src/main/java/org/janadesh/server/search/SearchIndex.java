package org.janadesh.server.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyAlias;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.CandidateResult;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;
import org.janadesh.core.text.MatchKey;
import org.janadesh.ingest.registry.Registries;

/**
 * Everything one election's search box can find, built once: its constituencies under their names
 * and registry aliases (Faizabad, also Ayodhya), its candidates, and the parties that stood under
 * id, name and every registry alias. Queries rank exact over prefix over near misses ({@link
 * Match}); a trailing state name or abbreviation ({@code Aurangabad BR}) keeps only that state.
 */
final class SearchIndex {
  static final int MAX_RESULTS = 20;

  private final Election election;
  private final Registries registries;
  private final List<Entry> entries;

  private SearchIndex(Election election, Registries registries, List<Entry> entries) {
    this.election = election;
    this.registries = registries;
    this.entries = List.copyOf(entries);
  }

  static SearchIndex of(Election election, List<Contest> contests, Registries registries) {
    Map<ConstituencyId, List<String>> aliases = new HashMap<>();
    for (ConstituencyAlias a : registries.constituencyAliases()) {
      aliases.computeIfAbsent(a.constituency(), k -> new ArrayList<>()).add(a.alias());
    }
    Map<String, Integer> nameCount = new HashMap<>();
    contests.forEach(c -> nameCount.merge(MatchKey.of(c.name()), 1, Integer::sum));
    Map<PartyId, long[]> partyWeight = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (Contest c : contests) {
      String state = stateName(registries, election, c.constituency().state());
      boolean shared = nameCount.getOrDefault(MatchKey.of(c.name()), 0) > 1;
      String url = constituencyUrl(election, c, shared);
      List<String> labels = new ArrayList<>();
      labels.add(c.name());
      labels.addAll(aliases.getOrDefault(c.constituency(), List.of()));
      entries.add(
          new Entry(
              Entry.Kind.CONSTITUENCY,
              c.name(),
              state
                  + ", "
                  + c.constituency().house().seatKind()
                  + " "
                  + c.constituency().number()
                  + winnerNote(c),
              url,
              wholeKeys(labels),
              wordKeys(labels),
              0,
              c.constituency().state().value()));
      for (Standing s : standings(c)) {
        long[] w = partyWeight.computeIfAbsent(s.candidate().party(), k -> new long[2]);
        w[0] += s.won() ? 1 : 0;
        w[1] += s.votes();
        List<String> names = List.of(s.candidate().name());
        entries.add(
            new Entry(
                Entry.Kind.CANDIDATE,
                s.candidate().name(),
                s.candidate().party().value()
                    + ", "
                    + c.name()
                    + " ("
                    + state
                    + ")"
                    + (s.won() ? ", won" : ", lost"),
                url,
                wholeKeys(names),
                wordKeys(names),
                s.votes(),
                c.constituency().state().value()));
      }
    }
    partyWeight.forEach(
        (id, w) -> {
          Party party = registries.parties().party(id);
          List<String> labels = new ArrayList<>();
          labels.add(id.value());
          labels.add(party.name());
          labels.addAll(party.aliases());
          entries.add(
              new Entry(
                  Entry.Kind.PARTY,
                  party.name(),
                  id.value()
                      + ", "
                      + w[0]
                      + (w[0] == 1 ? " seat" : " seats")
                      + " in "
                      + election.id(),
                  "/party.html?party=" + encode(id.value()),
                  wholeKeys(labels),
                  wordKeys(List.of(party.name())),
                  // Seats first, votes after: INC before the many smaller "… Congress" parties.
                  w[0] * 1_000_000_000_000L + w[1],
                  ""));
        });
    return new SearchIndex(election, registries, entries);
  }

  Election election() {
    return election;
  }

  /** The best matches for {@code query}, at most {@link #MAX_RESULTS}, best first. */
  List<Entry> search(String query) {
    Scoped scoped = scope(query);
    String key = MatchKey.of(scoped.text());
    if (key.isEmpty()) {
      return List.of();
    }
    record Hit(Entry entry, Match match) {}
    List<Hit> hits = new ArrayList<>();
    for (Entry e : entries) {
      if (scoped.state().isPresent()
          && (e.kind() == Entry.Kind.PARTY
              || !e.stateCode().equals(scoped.state().get().value()))) {
        continue;
      }
      Match m = Match.of(key, e.wholeKeys(), e.wordKeys());
      if (m.found()) {
        hits.add(new Hit(e, m));
      }
    }
    return hits.stream()
        .sorted(
            Comparator.comparing(Hit::match)
                .thenComparing(h -> h.entry().kind())
                .thenComparing(h -> -h.entry().weight())
                .thenComparing(h -> h.entry().label()))
        .limit(MAX_RESULTS)
        .map(Hit::entry)
        .toList();
  }

  /** The query without a trailing state, and that state: "Aurangabad Bihar", "Aurangabad, MH". */
  private record Scoped(String text, Optional<StateCode> state) {}

  private Scoped scope(String query) {
    String trimmed = query.trim();
    int cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf(','));
    if (cut > 0) {
      String rest = trimmed.substring(0, cut).trim();
      String tail = trimmed.substring(cut + 1).trim();
      if (!MatchKey.of(rest).isEmpty() && !tail.isEmpty()) {
        var state = registries.states().find(tail, election.year());
        if (state.isPresent()) {
          return new Scoped(rest, Optional.of(state.get().code()));
        }
      }
    }
    return new Scoped(trimmed, Optional.empty());
  }

  /** A candidate as the result has them: whether they won and what they polled. */
  private record Standing(Candidate candidate, boolean won, long votes) {}

  private static List<Standing> standings(Contest c) {
    return switch (c.outcome()) {
      case Polled p -> {
        List<Standing> out = new ArrayList<>();
        int winner = p.winner().candidate().serial();
        for (CandidateResult r : p.candidates()) {
          out.add(new Standing(r.candidate(), r.candidate().serial() == winner, r.total()));
        }
        yield out;
      }
      case Uncontested u -> List.of(new Standing(u.returned(), true, 0));
      case WinnersOnly w -> w.winners().stream().map(x -> new Standing(x, true, 0)).toList();
    };
  }

  private static String winnerNote(Contest c) {
    List<Candidate> winners = c.outcome().winners();
    if (winners.isEmpty()) {
      return "";
    }
    return ", won by "
        + String.join(
            " and ", winners.stream().map(w -> w.name() + " (" + w.party() + ")").toList());
  }

  private static String constituencyUrl(Election election, Contest c, boolean shared) {
    return "/constituency.html?election="
        + encode(election.id().value())
        + "&seat="
        + encode(c.name())
        + (shared ? "&state=" + encode(c.constituency().state().value()) : "");
  }

  private static String stateName(Registries registries, Election election, StateCode code) {
    return registries.states().state(code, election.year()).name();
  }

  private static List<String> wholeKeys(List<String> labels) {
    Set<String> keys = new LinkedHashSet<>();
    for (String label : labels) {
      String key = MatchKey.of(label);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return List.copyOf(keys);
  }

  private static List<String> wordKeys(List<String> labels) {
    Set<String> keys = new LinkedHashSet<>();
    for (String label : labels) {
      for (String word : label.split("[\\s._/-]+", -1)) {
        String key = MatchKey.of(word);
        if (key.length() >= 2) {
          keys.add(key);
        }
      }
    }
    return List.copyOf(keys);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
