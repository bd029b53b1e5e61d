package org.janadesh.server.comparison;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.server.Newsroom;
import org.janadesh.server.archive.Asked;
import org.janadesh.server.archive.Parameters;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/compare?from=ls-2019&to=ls-2024[&party=P|&bloc=A,B][&state=S][&by=party|
 * alliance]}: the answer of {@code janadesh compare TO FROM} with the same options.
 */
public final class CompareRoutes implements HttpService {
  private final Newsroom newsroom;
  private final Asked asked;

  public CompareRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
    this.asked = new Asked(newsroom);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/compare", this::compare);
  }

  private void compare(ServerRequest req, ServerResponse res) {
    Parameters q = Parameters.of(req, "from", "to", "party", "bloc", "state", "by");
    Election previous = asked.election(q.required("from"));
    Election current = asked.election(q.required("to"));
    Optional<StateCode> currentState = asked.state(q.optional("state"), current);
    Optional<StateCode> previousState = asked.state(q.optional("state"), previous);
    String by = q.optional("by").map(v -> v.toLowerCase(Locale.ROOT)).orElse("party");
    if (!by.equals("party") && !by.equals("alliance")) {
      throw Parameters.badRequest(
          "by must be party or alliance, not '" + q.optional("by").orElse("") + "'");
    }
    Optional<String> partyText = q.optional("party");
    Optional<String> blocText = q.optional("bloc");
    if (partyText.isPresent() && blocText.isPresent()) {
      throw Parameters.badRequest("give party or bloc, not both");
    }
    Supplier<Collection<Contest>> both =
        () -> {
          List<Contest> all =
              new ArrayList<>(Comparing.inScope(asked.contests(current), currentState));
          all.addAll(Comparing.inScope(asked.contests(previous), previousState));
          return all;
        };
    @Nullable Bloc bloc = blocText.map(text -> asked.bloc(text, both)).orElse(null);
    @Nullable PartyId party = partyText.map(text -> asked.party(text, both, "party")).orElse(null);
    CompareQuestion question =
        new CompareQuestion(
            current, previous, currentState, previousState, by.equals("alliance"), bloc, party);
    Representation answer =
        newsroom.finished(
            "compare/" + question, () -> Representation.json(document(question), Freshness.FINAL));
    Replies.send(req, res, answer);
  }

  private com.fasterxml.jackson.databind.node.ObjectNode document(CompareQuestion q) {
    ElectionComparison comparison =
        Comparing.compare(
            q,
            Comparing.inScope(asked.contests(q.current()), q.currentState()),
            Comparing.inScope(asked.contests(q.previous()), q.previousState()),
            asked.alliances(),
            asked.registries().states());
    return CompareDocument.json(asked.registries().states(), q.current(), q.previous(), comparison);
  }
}
