package org.janadesh.server.live;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.janadesh.core.geography.StateCode;
import org.janadesh.server.archive.Asked;
import org.janadesh.server.http.Problem;
import org.janadesh.server.http.ProblemException;
import org.janadesh.store.counting.CountId;

/** Parameters of the live routes parsed at the edge: a bad one is a problem answer, not a crash. */
public final class CountRequests {
  /** Indian Standard Time: a local time without an offset is read in it, as the CLI does. */
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private CountRequests() {}

  /** The {@code {count}} path parameter (already percent-decoded: {@code ls-2024%23demo}). */
  public static CountId countId(ServerRequest req) {
    String text = req.path().pathParameters().get("count");
    try {
      return new CountId(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(
              Status.BAD_REQUEST_400,
              "'"
                  + text
                  + "' is not a count: an election (ls-2024) for the real count or ELECTION#LABEL,"
                  + " written ls-2024%23demo in a path, for a test count ("
                  + e.getMessage()
                  + ")"));
    }
  }

  /** The count, opened on first use, or 404. */
  public static LiveCount count(LiveCounts counts, ServerRequest req) {
    CountId id = countId(req);
    return counts
        .find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        Status.NOT_FOUND_404,
                        "no count "
                            + id
                            + " in the store (GET /api/v1/counts lists them; a finished"
                            + " election's result is under /api/v1/elections/"
                            + id.election()
                            + "/tally)")));
  }

  /** {@code state}: a code, abbreviation or name for the election's year, or 404. */
  public static Optional<StateCode> state(LiveCount count, ServerRequest req) {
    return Asked.stateIn(
        count.registries(), req.query().first("state").asOptional(), count.election().year());
  }

  /** A whole number parameter of at least {@code min}, or 400. */
  public static Optional<Long> number(ServerRequest req, String name, long min) {
    Optional<String> text = req.query().first(name).asOptional();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      long n = Long.parseLong(text.get().trim());
      if (n < min) {
        throw new NumberFormatException("below " + min);
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          Problem.of(
              Status.BAD_REQUEST_400,
              name + " must be a whole number of at least " + min + ": '" + text.get() + "'"));
    }
  }

  /**
   * {@code as_of}: {@code 2024-06-04T08:30:00Z}, {@code 2024-06-04T14:00+05:30} or a local {@code
   * 2024-06-04T14:00} taken as IST; anything else is 400.
   */
  public static Optional<Instant> moment(ServerRequest req, String name) {
    Optional<String> text = req.query().first(name).asOptional();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().trim();
    try {
      return Optional.of(Instant.parse(t));
    } catch (DateTimeParseException notInstant) {
      try {
        return Optional.of(OffsetDateTime.parse(t).toInstant());
      } catch (DateTimeParseException notOffset) {
        try {
          return Optional.of(LocalDateTime.parse(t).atZone(IST).toInstant());
        } catch (DateTimeParseException notLocal) {
          throw new ProblemException(
              Problem.of(
                  Status.BAD_REQUEST_400,
                  name
                      + " '"
                      + t
                      + "' is not a time: write 2024-06-04T14:00 (IST), 2024-06-04T14:00+05:30"
                      + " or 2024-06-04T08:30:00Z"));
        }
      }
    }
  }
}
