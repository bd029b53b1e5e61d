package org.janadesh.server.history;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.history.Histories;
import org.janadesh.core.history.SeatHistory;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.server.Newsroom;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/history?party=P[,Q]}: one party, a named group (Left) or comma-separated
 * parties counted as one (ALL-6), in every Lok Sabha: {@code janadesh history} JSON.
 */
public final class HistoryRoutes implements HttpService {
  private final Newsroom newsroom;
  private @Nullable LokSabhaResults results;
  private @Nullable AllianceBook book;

  public HistoryRoutes(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/history", this::history);
  }

  private void history(ServerRequest req, ServerResponse res) {
    String asked =
        req.query()
            .first("party")
            .filter(p -> !p.isBlank())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            Status.BAD_REQUEST_400,
                            "give ?party=P, a named group (Left) or ?party=P,Q for a bloc")));
    LokSabhaResults all = results();
    Bloc subject = subject(asked, all);
    Representation answer =
        newsroom.finished(
            "history?subject=" + subject.name() + "&members=" + subject.members(),
            () -> {
              SeatHistory history =
                  Histories.of(subject.name(), subject.members(), all.elections());
              return Representation.json(HistoryDocument.json(subject, history), Freshness.FINAL);
            });
    Replies.send(req, res, answer);
  }

  /** One party as {@code --party} reads it, else a named group, else parties as one bloc. */
  private Bloc subject(String asked, LokSabhaResults all) {
    String trimmed = asked.trim();
    if (!trimmed.contains(",")) {
      Optional<Party> party = newsroom.registries().parties().find(trimmed);
      if (party.isPresent()) {
        PartyId id = party.get().id();
        return new Bloc(id.value(), java.util.Set.of(id));
      }
      Optional<Bloc> named = book().group(trimmed);
      if (named.isPresent()) {
        return named.get();
      }
    }
    List<PartyId> members = new ArrayList<>();
    for (String label : trimmed.split(",", -1)) {
      if (!label.isBlank()) {
        members.add(party(label.trim(), all));
      }
    }
    if (members.isEmpty()) {
      throw new ProblemException(Problem.of(Status.BAD_REQUEST_400, "?party names no party"));
    }
    return Bloc.of(members);
  }

  private PartyId party(String label, LokSabhaResults all) {
    return newsroom
        .registries()
        .parties()
        .find(label)
        .map(Party::id)
        .orElseThrow(
            () -> {
              List<String> near = LokSabhaResults.suggestions(label, all.contests());
              return new ProblemException(
                  Problem.of(
                          Status.BAD_REQUEST_400,
                          "ALL-5: unknown party '"
                              + label
                              + "'"
                              + (near.isEmpty()
                                  ? ""
                                  : "; did you mean: " + String.join(", ", near) + "?"))
                      .withRule("ALL-5"));
            });
  }

  // Read once: the archive does not change while the server runs (Newsroom).
  private synchronized LokSabhaResults results() {
    LokSabhaResults loaded = results;
    if (loaded == null) {
      loaded = LokSabhaResults.of(newsroom.archive());
      results = loaded;
    }
    return loaded;
  }

  private synchronized AllianceBook book() {
    AllianceBook loaded = book;
    if (loaded == null) {
      loaded = AlliancesCsv.loadBundled(newsroom.registries());
      book = loaded;
    }
    return loaded;
  }
}
