package org.janadesh.server.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.server.Newsroom;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Json;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;

/**
 * {@code GET /api/v1/search?q=TEXT[&election=ls-2024]}: constituencies, candidates and parties for
 * the dashboard's search box. The index is built once per election; answers are not kept, since
 * queries are free text (one per keystroke), but each carries an ETag for revalidation.
 */
public final class SearchRoutes implements HttpService {
  static final String DEFAULT_ELECTION = "ls-2024";
  private static final int MAX_QUERY = 100;

  private final Newsroom newsroom;
  private final Map<ElectionId, SearchIndex> indexes = new ConcurrentHashMap<>();

  public SearchRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/search", this::search);
  }

  private void search(ServerRequest req, ServerResponse res) {
    String query = req.query().first("q").orElse("").trim();
    if (query.isEmpty() || query.length() > MAX_QUERY) {
      throw new ProblemException(
          Problem.of(
              Status.BAD_REQUEST_400,
              "give ?q= with 1 to " + MAX_QUERY + " characters, e.g. ?q=Faizabad"));
    }
    SearchIndex index = index(req.query().first("election").orElse(DEFAULT_ELECTION));
    List<Entry> found = index.search(query);
    Replies.send(req, res, Representation.json(json(query, found), Freshness.FINAL));
  }

  static ObjectNode json(String query, List<Entry> found) {
    ObjectNode root = Json.object();
    root.put("query", query);
    ArrayNode results = root.putArray("results");
    for (Entry e : found) {
      results
          .addObject()
          .put("kind", e.kind().json())
          .put("label", e.label())
          .put("detail", e.detail())
          .put("url", e.url());
    }
    return root;
  }

  private SearchIndex index(String id) {
    ElectionId electionId;
    try {
      electionId = ElectionId.of(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(Status.BAD_REQUEST_400, String.valueOf(e.getMessage())));
    }
    Election election =
        newsroom
            .archive()
            .election(electionId)
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            Status.NOT_FOUND_404,
                            "no election '" + id + "' in the archive (see /api/v1/elections)")));
    return indexes.computeIfAbsent(
        electionId,
        e -> SearchIndex.of(election, newsroom.archive().contests(e), newsroom.registries()));
  }
}
