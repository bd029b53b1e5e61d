package org.janadesh.server.person;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.person.PersonLookup;
import org.janadesh.core.person.SeatContest;
import org.janadesh.core.result.Contest;
import org.janadesh.server.Newsroom;
import org.janadesh.server.archive.Asked;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;

/**
 * {@code GET /api/v1/persons?name=N[&state=S]} ({@code janadesh person} JSON) and {@code GET
 * /api/v1/elections/{id}/constituencies/{seat}/holders[?state=S]} ({@code janadesh seat} JSON).
 * Both read the careers linked once per server.
 */
public final class PersonRoutes implements HttpService {
  private final Newsroom newsroom;
  private final LinkedCareers careers;
  private final Asked seats;

  public PersonRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
    this.careers = new LinkedCareers(newsroom);
    this.seats = new Asked(newsroom);
  }

  /**
   * Reads or links every Lok Sabha candidate's career now, on the calling thread, unless done: a
   * request arriving meanwhile waits for this one computation rather than starting its own.
   */
  public void warm() {
    careers.get();
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/persons", this::person);
    rules.get("/elections/{id}/constituencies/{seat}/holders", this::holders);
  }

  private void person(ServerRequest req, ServerResponse res) {
    String name =
        req.query()
            .first("name")
            .filter(n -> !n.isBlank())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            Status.BAD_REQUEST_400,
                            "give ?name=, e.g. Premachandran or N K Premachandran")));
    Optional<StateCode> scope = personState(req.query().first("state").orElse(null));
    // The finder scans every name on record, so a known person's answer is kept under the name as
    // typed (case and spacing aside: the finder ignores them); a name that finds no one throws
    // and is not kept.
    Representation answer =
        newsroom.finished(
            "persons?name="
                + name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)
                + "&state="
                + scope.map(StateCode::value).orElse(""),
            () -> {
              LinkedCareers.Loaded loaded = careers.get();
              return Representation.json(
                  CareerDocument.json(loaded.careers(), find(loaded, name, scope)),
                  Freshness.FINAL);
            });
    Replies.send(req, res, answer);
  }

  private void holders(ServerRequest req, ServerResponse res) {
    Election election = seats.election(req.path().pathParameters().get("id"));
    Optional<StateCode> state =
        seats.state(req.query().first("state").asOptional().filter(t -> !t.isBlank()), election);
    Contest contest = seats.seat(election, req.path().pathParameters().get("seat"), state);
    Representation answer =
        newsroom.finished(
            "holders?election=" + election.id() + "&seat=" + contest.constituency(),
            () -> {
              LinkedCareers.Loaded loaded = careers.get();
              List<SeatContest> line = HoldersDocument.upTo(loaded.careers(), election, contest);
              if (line.isEmpty()) {
                throw new ProblemException(
                    Problem.of(
                        Status.NOT_FOUND_404,
                        "no Lok Sabha holders on record for "
                            + contest.name()
                            + " in "
                            + election.id()
                            + " (holders are kept for Lok Sabha seats only)"));
              }
              return Representation.json(
                  HoldersDocument.json(
                      loaded.careers(),
                      election,
                      seats.stateName(contest.constituency().state(), election),
                      contest,
                      line),
                  Freshness.FINAL);
            });
    Replies.send(req, res, answer);
  }

  private static PersonLookup.Found find(
      LinkedCareers.Loaded loaded, String name, Optional<StateCode> scope) {
    return switch (loaded.finder().find(name, scope)) {
      case PersonLookup.Found f -> f;
      case PersonLookup.Ambiguous a ->
          throw new ProblemException(
              Problem.of(
                  Status.BAD_REQUEST_400,
                  "'"
                      + name
                      + "' matches more than one person; add initials or ?state=: "
                      + a.matches().stream()
                          .map(p -> CareerDocument.describe(loaded.careers(), p))
                          .collect(Collectors.joining(" | "))));
      case PersonLookup.NotFound n ->
          throw new ProblemException(
              Problem.of(
                  Status.NOT_FOUND_404,
                  "no Lok Sabha candidate named '"
                      + name
                      + "' on record"
                      + (n.suggestions().isEmpty()
                          ? ""
                          : "; did you mean: " + String.join(", ", n.suggestions()) + "?")));
    };
  }

  /** A person's state: any name of today's states, or of the 1990 map (Bihar before Jharkhand). */
  private Optional<StateCode> personState(@org.jspecify.annotations.Nullable String state) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    var states = newsroom.registries().states();
    return Optional.of(
        states
            .find(state, 2024)
            .or(() -> states.find(state, 1990))
            .map(s -> s.code())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            Status.NOT_FOUND_404,
                            "unknown state or union territory '" + state + "'"))));
  }
}
