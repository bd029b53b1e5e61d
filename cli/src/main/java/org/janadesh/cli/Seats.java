package org.janadesh.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.lookup.ConstituencyFinder;
import org.janadesh.core.lookup.Lookup;
import org.janadesh.core.result.Contest;

/**
 * Which seat the user meant, found as the {@code constituency} command finds it: any spelling or
 * alias (Faizabad, Ayodhya), or the number, within a state when given; otherwise a user error with
 * the candidates or suggestions.
 */
public final class Seats {
  private Seats() {}

  public static Contest find(
      Desk desk,
      Election election,
      Iterable<Contest> contests,
      String query,
      Optional<StateCode> state) {
    java.util.List<Contest> all = new java.util.ArrayList<>();
    contests.forEach(all::add);
    ConstituencyFinder finder = ConstituencyFinder.of(all, desk.registries().constituencyAliases());
    return switch (finder.find(query, state)) {
      case Lookup.Found found -> found.contest();
      case Lookup.Ambiguous ambiguous ->
          throw new UserError(
              ExitCodes.NOT_FOUND,
              "'"
                  + query
                  + "' matches more than one constituency in "
                  + election.id()
                  + ": "
                  + ambiguous.matches().stream()
                      .map(c -> c.name() + " (" + place(desk, election, c) + ")")
                      .collect(Collectors.joining(", "))
                  + "; add --state");
      case Lookup.NotFound notFound ->
          throw new UserError(
              ExitCodes.NOT_FOUND,
              "no constituency '"
                  + query
                  + "' in "
                  + election.id()
                  + (notFound.suggestions().isEmpty()
                      ? ""
                      : "; did you mean: " + String.join(", ", notFound.suggestions()) + "?"));
    };
  }

  /** {@code Uttar Pradesh, PC 54}. */
  public static String place(Desk desk, Election election, Contest c) {
    return desk.stateName(c.constituency().state(), election)
        + ", "
        + c.constituency().house().seatKind()
        + " "
        + c.constituency().number();
  }
}
