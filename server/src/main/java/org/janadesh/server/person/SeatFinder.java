package org.janadesh.server.person;

import io.helidon.http.Status;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.lookup.ConstituencyFinder;
import org.janadesh.core.lookup.Lookup;
import org.janadesh.core.result.Contest;
import org.janadesh.server.Newsroom;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Which election and seat a path names, found as the CLI's {@code Seats.find} finds them: any
 * spelling or alias (Faizabad, Ayodhya) or the number, within {@code ?state=} when given. An
 * unknown name is a 404 with the nearest names; a name in two states is a 400 asking for the state.
 */
final class SeatFinder {
  private final Newsroom newsroom;
  private final Map<ElectionId, ConstituencyFinder> finders = new ConcurrentHashMap<>();

  SeatFinder(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  Election election(String id) {
    ElectionId electionId;
    try {
      electionId = ElectionId.of(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(Status.BAD_REQUEST_400, String.valueOf(e.getMessage())));
    }
    return newsroom
        .archive()
        .election(electionId)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        Status.NOT_FOUND_404,
                        "no election '" + id + "' in the archive (see /api/v1/elections)")));
  }

  Optional<StateCode> state(@Nullable String state, Election election) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        newsroom
            .registries()
            .states()
            .find(state, election.year())
            .map(s -> s.code())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            Status.NOT_FOUND_404,
                            "unknown state or union territory '"
                                + state
                                + "' in "
                                + election.year()))));
  }

  Contest seat(Election election, String query, Optional<StateCode> state) {
    ConstituencyFinder finder =
        finders.computeIfAbsent(
            election.id(),
            id ->
                ConstituencyFinder.of(
                    newsroom.archive().contests(id), newsroom.registries().constituencyAliases()));
    return switch (finder.find(query, state)) {
      case Lookup.Found found -> found.contest();
      case Lookup.Ambiguous ambiguous ->
          throw new ProblemException(
              Problem.of(
                  Status.BAD_REQUEST_400,
                  "'"
                      + query
                      + "' matches more than one constituency in "
                      + election.id()
                      + ": "
                      + ambiguous.matches().stream()
                          .map(c -> c.name() + " (" + place(election, c) + ")")
                          .collect(Collectors.joining(", "))
                      + "; add ?state="));
      case Lookup.NotFound notFound ->
          throw new ProblemException(
              Problem.of(
                  Status.NOT_FOUND_404,
                  "no constituency '"
                      + query
                      + "' in "
                      + election.id()
                      + (notFound.suggestions().isEmpty()
                          ? ""
                          : "; did you mean: " + String.join(", ", notFound.suggestions()) + "?")));
    };
  }

  String stateName(Election election, Contest contest) {
    return newsroom
        .registries()
        .states()
        .state(contest.constituency().state(), election.year())
        .name();
  }

  private String place(Election election, Contest c) {
    return stateName(election, c)
        + ", "
        + c.constituency().house().seatKind()
        + " "
        + c.constituency().number();
  }
}
