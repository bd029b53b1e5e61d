package org.janadesh.cli.bloc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.core.result.Contest;
import org.janadesh.core.text.Nearest;

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
    return Nearest.to(label, stood.stream().flatMap(c -> c.parties().stream()).map(PartyId::value));
  }
}
