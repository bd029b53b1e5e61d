package org.janadesh.server.tally;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.server.Newsroom;
import org.janadesh.server.archive.Asked;
import org.janadesh.server.archive.Parameters;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/elections/{id}/tally[?by=party|alliance][&state=S][&bloc=A,B]}: the answer of
 * {@code janadesh tally} with the same options, as the same JSON.
 */
public final class TallyRoutes implements HttpService {
  private final Newsroom newsroom;
  private final Asked asked;

  public TallyRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
    this.asked = new Asked(newsroom);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/elections/{id}/tally", this::tally);
  }

  private void tally(ServerRequest req, ServerResponse res) {
    Parameters q = Parameters.of(req, "by", "state", "bloc");
    Election election = asked.election(q.path("id"));
    Optional<StateCode> scope = asked.state(q.optional("state"), election);
    @Nullable String by = q.optional("by").map(v -> v.toLowerCase(Locale.ROOT)).orElse(null);
    if (by != null && !by.equals("party") && !by.equals("alliance")) {
      throw Parameters.badRequest(
          "by must be party or alliance, not '" + q.optional("by").orElse("") + "'");
    }
    Optional<String> blocText = q.optional("bloc");
    if (blocText.isPresent() && "alliance".equals(by)) {
      throw Parameters.badRequest("bloc counts one group: use it without by=alliance");
    }
    if ("alliance".equals(by) && asked.alliances().alliances(election.id()).isEmpty()) {
      throw Parameters.notFound(
          "no alliances are recorded for "
              + election.id()
              + " (data/alliances/alliances.csv); use bloc= for a group of your own");
    }
    @Nullable Bloc bloc =
        blocText
            .map(text -> asked.bloc(text, () -> TallyCounts.inScope(contests(election), scope)))
            .orElse(null);
    String key =
        "tally/"
            + election.id()
            + "?by="
            + by
            + "&state="
            + scope.map(StateCode::value).orElse("")
            + "&bloc="
            + (bloc == null ? "" : bloc.name() + "=" + bloc.members());
    Representation answer =
        newsroom.finished(
            key, () -> Representation.json(document(election, scope, by, bloc), Freshness.FINAL));
    Replies.send(req, res, answer);
  }

  private ObjectNode document(
      Election election, Optional<StateCode> scope, @Nullable String by, @Nullable Bloc bloc) {
    List<Contest> all = contests(election);
    String label = TallyCounts.scopeLabel(asked.registries().states(), election, scope);
    if (bloc != null) {
      return PerformanceDocument.json(
          TallyCounts.ofBloc(election, label, TallyCounts.inScope(all, scope), bloc));
    }
    if (by == null) {
      return TallyDocument.json(
          TallyCounts.seats(election, scope, label, all, asked.registries().parties()));
    }
    List<Contest> inScope = TallyCounts.inScope(all, scope);
    return PerformanceDocument.json(
        by.equals("alliance")
            ? TallyCounts.byAlliance(election, scope, label, inScope, asked.alliances())
            : TallyCounts.byParty(election, label, inScope));
  }

  private List<Contest> contests(Election election) {
    return asked.contests(election);
  }
}
