package org.janadesh.server.elections;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.tally.ElectionSummary;
import org.janadesh.server.Newsroom;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;

/** {@code GET /api/v1/elections[?all=true]}: general elections, or every poll with {@code all}. */
public final class ElectionRoutes implements HttpService {
  private final Newsroom newsroom;

  public ElectionRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/elections", this::list);
  }

  private void list(ServerRequest req, ServerResponse res) {
    boolean all = req.query().first("all").map(Boolean::parseBoolean).orElse(false);
    Representation answer =
        newsroom.finished(
            "elections?all=" + all,
            () -> Representation.json(ElectionsDocument.json(summaries(all)), Freshness.FINAL));
    Replies.send(req, res, answer);
  }

  private List<ElectionSummary> summaries(boolean all) {
    List<Election> elections = newsroom.archive().elections();
    return elections.stream()
        .filter(e -> all || e.kind() == ElectionKind.GENERAL)
        .map(e -> ElectionSummary.of(e, newsroom.archive().contests(e.id())))
        .toList();
  }
}
