package org.janadesh.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.LiveGroupings;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.Grouping;
import org.janadesh.core.counting.LeadChanges;
import org.janadesh.core.counting.LiveTallies;
import org.janadesh.core.counting.LiveTally;
import org.janadesh.core.counting.LiveVotes;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.SeatCount;
import org.janadesh.core.counting.WonLeading;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.lookup.ConstituencyFinder;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.server.archive.Asked;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Json;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;
import org.janadesh.store.counting.CountRead;
import org.janadesh.store.counting.CountSession;
import org.janadesh.store.counting.CountingDesk;

/**
 * Reads of live counts: {@code GET /counts}, {@code /elections/{count}/status}, {@code
 * /elections/{count}/seats} and {@code /elections/{count}/seats/{seat}}. Each answer is built once
 * per query and log sequence and shared until the log moves on.
 */
public final class LiveRoutes implements HttpService {
  private final LiveCounts counts;
  private volatile @org.jspecify.annotations.Nullable AllianceBook alliances;

  public LiveRoutes(LiveCounts counts) {
    this.counts = counts;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/counts", this::list)
        .get("/elections/{count}/status", this::status)
        .get("/elections/{count}/seats", this::seats)
        .get("/elections/{count}/seats/{seat}", this::seat);
  }

  private void list(ServerRequest req, ServerResponse res) {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("counts");
    for (CountSession s : counts.sessions()) {
      ObjectNode row = CountLabels.json(list.addObject(), s);
      Optional<LiveCount> open = counts.find(s.id());
      if (open.isPresent()) {
        row.put("seq", open.get().desk().current().sequence());
      } else {
        row.putNull("seq"); // its election is not in the archive: it cannot be opened
      }
    }
    Replies.send(req, res, Representation.json(root, Freshness.LIVE));
  }

  private void status(ServerRequest req, ServerResponse res) {
    LiveCount count = CountRequests.count(counts, req);
    String by = req.query().first("by").orElse("party").trim().toLowerCase(Locale.ROOT);
    if (!by.equals("party") && !by.equals("alliance")) {
      throw new ProblemException(
          Problem.of(Status.BAD_REQUEST_400, "by is party or alliance: '" + by + "'"));
    }
    Optional<StateCode> scope = CountRequests.state(count, req);
    Optional<Long> seq = CountRequests.number(req, "seq", 0);
    Optional<Instant> asOf = CountRequests.moment(req, "as_of");
    if (seq.isPresent() && asOf.isPresent()) {
      throw new ProblemException(Problem.of(Status.BAD_REQUEST_400, "give as_of or seq, not both"));
    }
    CountingDesk desk = count.desk();
    long now = desk.current().sequence();
    CountRead<ElectionCount> read =
        asOf.isPresent()
            ? desk.asOfTime(asOf.get())
            : seq.isPresent() ? desk.asOfSequence(seq.get()) : desk.current();
    ElectionCount state = read.value();
    boolean past = (seq.isPresent() || asOf.isPresent()) && state.sequence() < now;
    String key = "status?by=" + by + "&state=" + scope.map(StateCode::value).orElse("");
    Representation answer =
        count.cached(
            key + (past ? "&past" : ""),
            state.sequence(),
            () -> Representation.json(status(count, by, scope, state), freshness(past, state)));
    Replies.send(req, res, answer);
  }

  /** FINAL for a moment already followed by later entries, or once every seat is decided. */
  private static Freshness freshness(boolean past, ElectionCount state) {
    return past || LiveCount.finished(state) ? Freshness.FINAL : Freshness.LIVE;
  }

  private ObjectNode status(
      LiveCount count, String by, Optional<StateCode> scope, ElectionCount state) {
    String label =
        scope
            .map(s -> count.registries().states().state(s, count.election().year()).name())
            .orElse("India");
    LiveTally<String> tally;
    LiveVotes<String> votes;
    if (by.equals("alliance")) {
      AllianceBook book = alliances(count);
      Grouping grouping =
          scope.isPresent()
              ? LiveGroupings.byState(book, count.election().id())
              : LiveGroupings.national(book, count.election().id());
      tally =
          scope.isPresent()
              ? LiveTallies.byGroup(state, label, scope.get(), grouping)
              : LiveTallies.byGroup(state, grouping);
      votes =
          scope.isPresent()
              ? LiveVotes.byGroup(state, label, scope.get(), grouping)
              : LiveVotes.byGroup(state, grouping);
    } else {
      LiveTally<PartyId> parties =
          scope.isPresent()
              ? LiveTallies.byParty(state, label, scope.get())
              : LiveTallies.byParty(state);
      tally =
          new LiveTally<>(
              parties.scope(),
              parties.progress(),
              parties.lines().stream()
                  .map(l -> new WonLeading<>(l.key().value(), l.won(), l.leading()))
                  .toList());
      LiveVotes<PartyId> partyVotes =
          scope.isPresent()
              ? LiveVotes.byParty(state, label, scope.get())
              : LiveVotes.byParty(state);
      votes =
          new LiveVotes<>(
              partyVotes.scope(),
              partyVotes.counted(),
              partyVotes.nota(),
              partyVotes.seatsWithVotes(),
              partyVotes.lines().stream()
                  .map(l -> new LiveVotes.Line<>(l.key().value(), l.votes(), l.share()))
                  .toList());
    }
    ObjectNode root =
        StatusDocument.json(
            new StatusDocument.Status(
                count.session(),
                count.election(),
                state.sequence(),
                receivedAt(count.desk(), state.sequence()),
                by,
                tally));
    StatusDocument.votes(root, by, votes);
    return root;
  }

  private AllianceBook alliances(LiveCount count) {
    AllianceBook book = alliances;
    if (book == null) {
      book = AlliancesCsv.loadBundled(count.registries());
      alliances = book;
    }
    if (book.alliances(count.election().id()).isEmpty()) {
      throw new ProblemException(
          Problem.of(
              Status.NOT_FOUND_404, "no alliances are recorded for " + count.election().id()));
    }
    return book;
  }

  /** When the log received entry {@code sequence}; empty for 0 (nothing yet). */
  static Optional<Instant> receivedAt(CountingDesk desk, long sequence) {
    if (sequence < 1) {
      return Optional.empty();
    }
    List<LogEntry> entry = desk.since(sequence - 1, 1).value();
    return entry.isEmpty() ? Optional.empty() : Optional.of(entry.get(0).submission().received());
  }

  private void seats(ServerRequest req, ServerResponse res) {
    LiveCount count = CountRequests.count(counts, req);
    Optional<StateCode> scope = CountRequests.state(count, req);
    ElectionCount state = count.desk().current().value();
    Representation answer =
        count.cached(
            "seats?state=" + scope.map(StateCode::value).orElse(""),
            state.sequence(),
            () -> {
              ObjectNode root = CountLabels.json(Json.object(), count.session());
              root.put("seq", state.sequence());
              ArrayNode rows = root.putArray("seats");
              for (SeatCount seat : state.seats()) {
                if (scope.isPresent() && !seat.constituency().state().equals(scope.get())) {
                  continue;
                }
                Contest contest = count.contest(seat.constituency());
                SeatsDocument.row(
                    rows.addObject(), contest, count.stateName(seat.constituency()), seat.status());
              }
              return Representation.json(root, freshness(false, state));
            });
    Replies.send(req, res, answer);
  }

  private void seat(ServerRequest req, ServerResponse res) {
    LiveCount count = CountRequests.count(counts, req);
    Optional<StateCode> scope = CountRequests.state(count, req);
    Contest contest = find(count, req.path().pathParameters().get("seat"), scope);
    ElectionCount state = count.desk().current().value();
    SeatCount seat = state.seat(contest.constituency()).orElseThrow();
    Representation answer =
        count.cached(
            "seat=" + contest.constituency(),
            state.sequence(),
            () -> {
              ObjectNode root = CountLabels.json(Json.object(), count.session());
              root.put("seq", state.sequence());
              SeatsDocument.row(
                  root.putObject("seat"),
                  contest,
                  count.stateName(contest.constituency()),
                  seat.status());
              SeatsDocument.candidates(root, seat.nominees(), seat.status());
              SeatsDocument.leadChanges(root, LeadChanges.of(seat));
              return Representation.json(root, freshness(false, state));
            });
    Replies.send(req, res, answer);
  }

  /** The seat the path names, as every route finds it ({@link Asked#seatIn}). */
  private static Contest find(LiveCount count, String query, Optional<StateCode> scope) {
    ConstituencyFinder finder =
        ConstituencyFinder.of(count.contests(), count.registries().constituencyAliases());
    return Asked.seatIn(
        finder, count.election().id(), query, scope, c -> c.constituency().state().value());
  }
}
