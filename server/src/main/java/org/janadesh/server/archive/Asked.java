package org.janadesh.server.archive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.State;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.lookup.ConstituencyFinder;
import org.janadesh.core.lookup.Lookup;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.Nearest;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.server.Newsroom;
import org.jspecify.annotations.Nullable;

/**
 * Turns the words of a request into domain types, as the CLI does for its arguments: an election
 * id, a state in any spelling, a party in any spelling (ALL-5), a bloc (ALL-6), a constituency by
 * name, alias or number. A word that names nothing is a problem whose detail suggests what exists.
 *
 * <p>The archive does not change while the server runs, so the elections and the alliance book are
 * read once.
 */
public final class Asked {
  private final Newsroom newsroom;
  private volatile @Nullable Map<String, Election> elections;
  private volatile @Nullable AllianceBook alliances;
  private final Map<ElectionId, List<Contest>> contests = new ConcurrentHashMap<>();
  private final Map<ElectionId, ConstituencyFinder> finders = new ConcurrentHashMap<>();

  public Asked(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  public Registries registries() {
    return newsroom.registries();
  }

  /**
   * The election's contests, read from the archive once: a seat's page finds its constituency among
   * them before the cached answer can be looked up.
   */
  public List<Contest> contests(Election election) {
    return contests.computeIfAbsent(
        election.id(), id -> List.copyOf(newsroom.archive().contests(id)));
  }

  /** The bundled alliance book (data/alliances/alliances.csv). */
  public AllianceBook alliances() {
    AllianceBook book = alliances;
    if (book == null) {
      book = AlliancesCsv.loadBundled(newsroom.registries());
      alliances = book;
    }
    return book;
  }

  /** The election with this id: 400 when it is not an id, 404 with near ids when none has it. */
  public Election election(String text) {
    // Most requests name an election exactly as its id reads: a map lookup, no id parse (the
    // parse's pattern match was 3 % of a national tally request in a JFR profile).
    Election exact = index().get(text);
    if (exact != null) {
      return exact;
    }
    ElectionId id;
    try {
      id = ElectionId.of(text);
    } catch (IllegalArgumentException e) {
      throw Parameters.badRequest(String.valueOf(e.getMessage()));
    }
    Election found = index().get(id.value());
    if (found == null) {
      List<String> near = nearest(text, index().keySet().stream());
      throw Parameters.notFound(
          "no election '"
              + text
              + "' in the archive"
              + didYouMean(near)
              + " (GET /api/v1/elections?all=true lists them)");
    }
    return found;
  }

  /** The previous general election to the same house and state, if the archive holds one. */
  public Optional<Election> previousGeneral(Election election) {
    return index().values().stream()
        .filter(e -> e.kind() == ElectionKind.GENERAL)
        .filter(e -> e.house() == election.house())
        .filter(e -> Objects.equals(e.state(), election.state()))
        .filter(e -> e.year() < election.year())
        .max(Comparator.comparingInt(Election::year));
  }

  /** A state or union territory by code, abbreviation or name, as of the election's year. */
  public Optional<StateCode> state(Optional<String> text, Election election) {
    return stateIn(registries(), text, election.year());
  }

  /**
   * The one reading of a {@code ?state=} parameter, for archive and live routes alike: empty when
   * not given, 404 with the nearest names when no state or union territory of {@code year} has it.
   */
  public static Optional<StateCode> stateIn(
      Registries registries, Optional<String> text, int year) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String asked = text.get();
    return Optional.of(
        registries
            .states()
            .find(asked, year)
            .map(State::code)
            .orElseThrow(
                () ->
                    Parameters.notFound(
                        "unknown state or union territory '"
                            + asked
                            + "' in "
                            + year
                            + didYouMean(
                                nearest(
                                    asked,
                                    registries.states().states().stream()
                                        .filter(st -> st.existsIn(year))
                                        .map(State::name))))));
  }

  /** The state's name as of the election. */
  public String stateName(StateCode code, Election election) {
    return registries().states().state(code, election.year()).name();
  }

  /**
   * One party in any spelling the registry knows; otherwise 400 (ALL-5) suggesting parties that
   * stood in {@code stood}, read only when needed.
   */
  public PartyId party(String label, Supplier<Collection<Contest>> stood, String parameter) {
    return registries()
        .parties()
        .find(label.trim())
        .map(Party::id)
        .orElseThrow(
            () ->
                Parameters.badRequest(
                    "ALL-5: unknown party '"
                        + label.trim()
                        + "' in "
                        + parameter
                        + didYouMean(nearest(label, partiesThatStood(stood.get()))),
                    "ALL-5"));
  }

  /** A named group (Left) or comma-separated parties counted as one (ALL-6). */
  public Bloc bloc(String text, Supplier<Collection<Contest>> stood) {
    String trimmed = text.trim();
    if (!trimmed.contains(",")) {
      Optional<Bloc> named = alliances().group(trimmed);
      if (named.isPresent()) {
        return named.get();
      }
    }
    List<PartyId> members = new ArrayList<>();
    for (String label : trimmed.split(",", -1)) {
      if (!label.isBlank()) {
        members.add(party(label, stood, "bloc"));
      }
    }
    if (members.isEmpty()) {
      throw Parameters.badRequest("ALL-6: bloc names no party", "ALL-6");
    }
    return Bloc.of(members);
  }

  /**
   * The constituency meant by {@code query} (name, alias such as Ayodhya, or number within a
   * state): 404 with suggestions, or with the places to choose from when several match.
   */
  public Contest seat(Election election, String query, Optional<StateCode> state) {
    ConstituencyFinder finder =
        finders.computeIfAbsent(
            election.id(),
            id -> ConstituencyFinder.of(contests(election), registries().constituencyAliases()));
    return seatIn(finder, election.id(), query, state, c -> place(election, c));
  }

  /**
   * The one answer of every route that names a seat (archive, holders, live count): the contest, or
   * 404 with suggestions, or 404 listing the places ({@code place}) when several match.
   */
  public static Contest seatIn(
      ConstituencyFinder finder,
      ElectionId election,
      String query,
      Optional<StateCode> state,
      Function<Contest, String> place) {
    return switch (finder.find(query, state)) {
      case Lookup.Found found -> found.contest();
      case Lookup.Ambiguous ambiguous ->
          throw Parameters.notFound(
              "'"
                  + query
                  + "' matches more than one constituency in "
                  + election
                  + ": "
                  + ambiguous.matches().stream()
                      .map(c -> c.name() + " (" + place.apply(c) + ")")
                      .collect(Collectors.joining(", "))
                  + "; add ?state=");
      case Lookup.NotFound notFound ->
          throw Parameters.notFound(
              "no constituency '"
                  + query
                  + "' in "
                  + election
                  + didYouMean(notFound.suggestions()));
    };
  }

  private String place(Election election, Contest c) {
    return stateName(c.constituency().state(), election)
        + ", "
        + c.constituency().house().seatKind()
        + " "
        + c.constituency().number();
  }

  /** The archive's elections by id text ({@code ls-2024}). */
  private Map<String, Election> index() {
    Map<String, Election> known = elections;
    if (known == null) {
      Map<String, Election> read = new LinkedHashMap<>();
      newsroom.archive().elections().forEach(e -> read.put(e.id().value(), e));
      known = Map.copyOf(read);
      elections = known;
    }
    return known;
  }

  private static Stream<String> partiesThatStood(Collection<Contest> stood) {
    return stood.stream().flatMap(c -> c.parties().stream()).map(PartyId::value);
  }

  /** The labels closest in spelling to {@code asked}, at most three, closest first. */
  private static List<String> nearest(String asked, Stream<String> labels) {
    return Nearest.to(asked, labels);
  }

  private static String didYouMean(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?";
  }
}
