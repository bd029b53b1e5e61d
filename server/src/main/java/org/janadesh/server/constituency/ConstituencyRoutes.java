package org.janadesh.server.constituency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.ResultSheet;
import org.janadesh.server.Newsroom;
import org.janadesh.server.archive.Asked;
import org.janadesh.server.archive.Parameters;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;

/**
 * {@code GET /api/v1/elections/{id}/constituencies[?state=S]} (every seat, compact) and {@code GET
 * /api/v1/elections/{id}/constituencies/{seat}[?state=S]} ({@code janadesh constituency} JSON plus
 * {@code "previous"}).
 */
public final class ConstituencyRoutes implements HttpService {
  private final Newsroom newsroom;
  private final Asked asked;

  public ConstituencyRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
    this.asked = new Asked(newsroom);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/elections/{id}/constituencies", this::list);
    rules.get("/elections/{id}/constituencies/{seat}", this::one);
  }

  private void list(ServerRequest req, ServerResponse res) {
    Parameters q = Parameters.of(req, "state");
    Election election = asked.election(q.path("id"));
    Optional<StateCode> scope = asked.state(q.optional("state"), election);
    String key =
        "constituencies/" + election.id() + "?state=" + scope.map(StateCode::value).orElse("");
    Representation answer =
        newsroom.finished(key, () -> Representation.json(list(election, scope), Freshness.FINAL));
    Replies.send(req, res, answer);
  }

  private ObjectNode list(Election election, Optional<StateCode> scope) {
    List<Contest> all = asked.contests(election);
    List<Contest> shown =
        scope
            .map(s -> all.stream().filter(c -> c.constituency().state().equals(s)).toList())
            .orElse(all);
    // An assembly election's list is its state's, even without ?state=.
    StateCode named = scope.orElse(election.state());
    String label = named != null ? asked.stateName(named, election) : "India";
    return ConstituenciesDocument.json(
        election, label, shown, code -> asked.stateName(code, election));
  }

  private void one(ServerRequest req, ServerResponse res) {
    Parameters q = Parameters.of(req, "state");
    Election election = asked.election(q.path("id"));
    Optional<StateCode> scope = asked.state(q.optional("state"), election);
    Contest contest = asked.seat(election, q.path("seat"), scope);
    String key = "constituency/" + election.id() + "/" + contest.constituency();
    Representation answer =
        newsroom.finished(
            key, () -> Representation.json(sheet(election, contest), Freshness.FINAL));
    Replies.send(req, res, answer);
  }

  private ObjectNode sheet(Election election, Contest contest) {
    ResultSheet sheet = ResultSheet.of(contest);
    ObjectNode root =
        ResultSheetDocument.json(asked.stateName(contest.constituency().state(), election), sheet);
    Optional<Election> previous = asked.previousGeneral(election);
    Optional<ResultSheet> before =
        previous.flatMap(p -> PreviousResult.of(contest, asked.contests(p)));
    if (previous.isPresent() && before.isPresent()) {
      root.set("previous", PreviousResult.json(previous.get(), before.get()));
    } else {
      root.putNull("previous");
    }
    return root;
  }
}
