package org.janadesh.ingest.alliances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.janadesh.core.alliance.Alliance;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.ingest.registry.InvalidRegistryException;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.CsvFile;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Reads {@code alliances/alliances.csv} ({@code election,alliance,state,members,source}: one row
 * per alliance nationally, state blank, and one per state where its membership differs, state an
 * ECI code; members separated by {@code |}, blank for "no joint slate in this state") and {@code
 * alliances/groups.csv} ({@code group,members,source}). Every member label resolves through the
 * party registry (ALL-5); an unknown label is a problem naming file, line and label.
 */
public final class AlliancesCsv {
  public static final String FILE = "alliances/alliances.csv";
  public static final String GROUPS_FILE = "alliances/groups.csv";
  private static final List<String> COLUMNS =
      List.of("election", "alliance", "state", "members", "source");
  private static final List<String> GROUP_COLUMNS = List.of("group", "members", "source");
  private static final Pattern BAR = Pattern.compile("\\|");

  private AlliancesCsv() {}

  /** Loads the bundled alliance tables against the bundled registries. */
  public static AllianceBook loadBundled(Registries registries) {
    return read(
        registries, FILE, BundledData.read(FILE), GROUPS_FILE, BundledData.read(GROUPS_FILE));
  }

  /** One row of the alliance table, parsed. */
  private record Row(
      ElectionId election, String name, Optional<StateCode> state, Set<PartyId> members) {}

  public static AllianceBook read(
      Registries registries,
      String file,
      SourceBytes alliances,
      String groupsFile,
      SourceBytes groups) {
    List<Rejection> problems = new ArrayList<>();
    List<Row> rows =
        rows(file, alliances, COLUMNS, row -> alliance(registries, file, row), problems);
    List<Bloc> named =
        rows(
            groupsFile, groups, GROUP_COLUMNS, row -> group(registries, groupsFile, row), problems);
    Map<String, Alliance> built = new LinkedHashMap<>();
    for (Row r : rows) {
      String key = r.election() + "|" + r.name();
      Alliance before =
          built.getOrDefault(key, new Alliance(r.election(), r.name(), Set.of(), Map.of()));
      if (r.state().isEmpty()) {
        built.put(key, new Alliance(r.election(), r.name(), r.members(), before.states()));
      } else {
        Map<StateCode, Set<PartyId>> states = new LinkedHashMap<>(before.states());
        states.put(r.state().get(), r.members());
        built.put(key, new Alliance(r.election(), r.name(), before.national(), states));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryException(file, problems);
    }
    try {
      return AllianceBook.of(List.copyOf(built.values()), named);
    } catch (IllegalArgumentException e) {
      throw new InvalidRegistryException(
          file, List.of(new Rejection(file, 1, "(file)", String.valueOf(e.getMessage()))));
    }
  }

  private static <T> List<T> rows(
      String file,
      SourceBytes source,
      List<String> columns,
      java.util.function.Function<CsvRow, Parsed<T>> read,
      List<Rejection> problems) {
    List<T> values = new ArrayList<>();
    switch (CsvFile.read(file, source, columns, read)) {
      case Parsed.Rejected<CsvFile.Rows<Parsed<T>>> r -> problems.addAll(r.rejections());
      case Parsed.Ok<CsvFile.Rows<Parsed<T>>> ok -> {
        for (Parsed<T> p : ok.value().rows()) {
          switch (p) {
            case Parsed.Ok<T> v -> values.add(v.value());
            case Parsed.Rejected<T> r -> problems.addAll(r.rejections());
          }
        }
      }
    }
    return values;
  }

  private static Parsed<Row> alliance(Registries registries, String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String electionText = check.required("election", row.get("election"));
    ElectionId election = ElectionId.lokSabha(2024);
    try {
      election = ElectionId.of(electionText);
    } catch (IllegalArgumentException e) {
      check.reject("election", String.valueOf(e.getMessage()));
    }
    String name = check.required("alliance", row.get("alliance"));
    String stateText = row.get("state").trim();
    // A blank state: the row gives the national membership (ALL-1).
    Optional<StateCode> state = Optional.empty();
    if (!stateText.isEmpty()) {
      boolean known =
          registries.states().states().stream().anyMatch(s -> s.code().value().equals(stateText));
      if (known) {
        state = Optional.of(StateCode.of(stateText));
      } else {
        check.reject("state", "not an ECI state code in the state registry: '" + stateText + "'");
      }
    }
    Set<PartyId> members = members(registries, check, row.get("members"));
    if (state.isEmpty() && members.isEmpty()) {
      check.reject("members", "ALL-1: a national membership needs at least one party");
    }
    ElectionId e = election;
    Optional<StateCode> s = state;
    return check.result(() -> new Row(e, name, s, members));
  }

  private static Parsed<Bloc> group(Registries registries, String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String name = check.required("group", row.get("group"));
    Set<PartyId> members = members(registries, check, row.get("members"));
    if (members.isEmpty()) {
      check.reject("members", "ALL-6: a group needs at least one party");
    }
    return check.result(() -> new Bloc(name, members));
  }

  private static Set<PartyId> members(Registries registries, FieldCheck check, String cell) {
    Set<PartyId> members = new java.util.TreeSet<>();
    for (String label : BAR.split(cell, -1)) {
      String l = label.trim();
      if (l.isEmpty()) {
        continue;
      }
      var party = registries.parties().find(l);
      if (party.isEmpty()) {
        check.reject("members", "ALL-5: unknown party '" + l + "' (not in the party registry)");
      } else if (!members.add(party.get().id())) {
        check.reject("members", "party '" + l + "' is listed twice");
      }
    }
    return members;
  }
}
