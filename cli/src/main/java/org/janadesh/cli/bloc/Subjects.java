package org.janadesh.cli.bloc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.EditDistance;
import org.janadesh.core.text.MatchKey;

/**
 * Parses what the user names: a party ({@code --party CPIM}) or a bloc ({@code --bloc "CPI(M),CPI"}
 * or a named group such as {@code --bloc Left}). A label no party answers to is a usage error with
 * suggestions from the parties that stood in the elections asked about.
 */
public final class Subjects {
  private Subjects() {}

  /** A named group, or the comma-separated parties as one ad-hoc bloc (ALL-6). */
  public static Bloc bloc(
      String text, PartyRegistry parties, AllianceBook book, Collection<Contest> stood) {
    String trimmed = text.trim();
    if (!trimmed.contains(",")) {
      var named = book.group(trimmed);
      if (named.isPresent()) {
        return named.get();
      }
    }
    List<PartyId> members = new ArrayList<>();
    for (String label : trimmed.split(",", -1)) {
      if (!label.isBlank()) {
        members.add(party(label, parties, stood, "--bloc"));
      }
    }
    if (members.isEmpty()) {
      throw new UserError(ExitCodes.USAGE, "--bloc names no party");
    }
    return Bloc.of(members);
  }

  /** One party, in any spelling the registry knows. */
  public static PartyId party(
      String label, PartyRegistry parties, Collection<Contest> stood, String option) {
    return parties
        .find(label.trim())
        .map(Party::id)
        .orElseThrow(
            () -> {
              List<String> near = suggestions(label, stood);
              return new UserError(
                  ExitCodes.USAGE,
                  "ALL-5: unknown party '"
                      + label.trim()
                      + "' in "
                      + option
                      + (near.isEmpty() ? "" : "; did you mean: " + String.join(", ", near) + "?"));
            });
  }

  /** The ids of parties that stood, closest in spelling first, at most three. */
  private static List<String> suggestions(String label, Collection<Contest> stood) {
    String key = MatchKey.of(label);
    Set<String> ids = new TreeSet<>();
    for (Contest c : stood) {
      switch (c.outcome()) {
        case org.janadesh.core.result.Polled p ->
            p.candidates().forEach(x -> ids.add(x.candidate().party().value()));
        case org.janadesh.core.result.Uncontested u -> ids.add(u.returned().party().value());
        case org.janadesh.core.result.WinnersOnly w ->
            w.winners().forEach(x -> ids.add(x.party().value()));
      }
    }
    int allowed = Math.max(1, key.length() / 3);
    return ids.stream()
        .filter(id -> EditDistance.between(MatchKey.of(id), key) <= allowed)
        .sorted(
            Comparator.comparingInt((String id) -> EditDistance.between(MatchKey.of(id), key))
                .thenComparing(id -> id))
        .limit(3)
        .toList();
  }
}
