package org.janadesh.ingest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.State;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Outcome;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.CandidateEntry;
import org.janadesh.ingest.source.ContestRow;
import org.janadesh.ingest.source.Delimitations;
import org.janadesh.ingest.source.Elections;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Imported;
import org.janadesh.ingest.source.Outcomes;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.PartySources;
import org.janadesh.ingest.source.Polls;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.Resolve;
import org.janadesh.ingest.source.SameAcrossContest;

/**
 * Converts one news-sourced contest. The reports name only the leading candidates, so the contest
 * is incomplete (no shares of a total), NOTA and electors are unknown, and the rank stands in for
 * the ballot serial with rank 1 the winner. Both the party name and its abbreviation are resolved
 * and must name the same party; a reported margin must equal the first two candidates' difference.
 */
final class NewsConverter {
  private static final Pattern DATE = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}");

  private final Registries registries;
  private final String file;

  NewsConverter(Registries registries, String file) {
    this.registries = registries;
    this.file = file;
  }

  Parsed<Imported> contest(List<NewsRow> rows) {
    NewsRow first = rows.get(0);
    FieldCheck check = new FieldCheck(file, first.line());
    int acNo = check.number("ac_no", first.acNo());
    String acName = check.required("ac_name", first.acName());
    Matcher date = DATE.matcher(first.pollDate().trim());
    int year = 0;
    if (date.matches()) {
      year = Integer.parseInt(date.group(1));
    } else {
      check.reject(
          "poll_date", "poll_date is not a date like 2022-04-12: '" + first.pollDate() + "'");
    }
    State state = Resolve.stateByName(check, registries.states(), "state", first.state(), year);
    Delimitation order = Delimitation.of(2008);
    if (!check.failed()) {
      Optional<Delimitation> inForce = Delimitations.assembly(year, state.code());
      if (inForce.isEmpty()) {
        check.reject(
            "poll_date", "no delimitation order on record for assembly elections in " + year);
      } else {
        order = inForce.get();
      }
    }
    List<Rejection> problems = new ArrayList<>(check.problems());
    problems.addAll(SameAcrossContest.exactly(file, rows, "ac_name", NewsRow::acName));
    List<ContestRow> converted = Parsed.collect(rows.stream().map(this::row).toList(), problems);
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    boolean bye = first.election().trim().toLowerCase(Locale.ROOT).startsWith("bye");
    Election election =
        bye
            ? Elections.byElection(House.VIDHAN_SABHA, state, acNo, acName, year, 1, file)
            : Elections.assembly(state, year, file);
    ConstituencyId seat = new ConstituencyId(House.VIDHAN_SABHA, state.code(), acNo, order);
    Parsed<Outcome> outcome =
        Outcomes.of(file, converted, null, false, new Polls.Declared(1, "rank"), first.line());
    return switch (outcome) {
      case Parsed.Rejected<Outcome> r -> Parsed.rejected(r.rejections());
      case Parsed.Ok<Outcome> ok -> {
        List<Rejection> marginProblems = checkMargin(rows, ok.value());
        yield marginProblems.isEmpty()
            ? Parsed.ok(
                new Imported(election, new Contest(election.id(), seat, acName, ok.value())))
            : Parsed.rejected(marginProblems);
      }
    };
  }

  private List<Rejection> checkMargin(List<NewsRow> rows, Outcome outcome) {
    List<Rejection> problems = new ArrayList<>();
    if (!(outcome instanceof Polled polled) || polled.margin().isEmpty()) {
      return problems;
    }
    long margin = polled.margin().getAsLong();
    for (NewsRow row : rows) {
      if (row.marginReported().isBlank()) {
        continue;
      }
      FieldCheck check = new FieldCheck(file, row.line());
      long reported = check.count("margin_reported", row.marginReported());
      if (!check.failed() && reported != margin) {
        check.reject(
            "margin_reported",
            "margin_reported "
                + reported
                + " ≠ "
                + margin
                + ", the first two candidates' difference");
      }
      problems.addAll(check.problems());
    }
    return problems;
  }

  private Parsed<ContestRow> row(NewsRow r) {
    FieldCheck check = new FieldCheck(file, r.line());
    int rank = check.number("rank", r.rank());
    String name = check.required("candidate", r.candidate());
    Votes votes = new Votes.TotalOnly(check.count("votes", r.votes()));
    int year = check.number("poll_date", r.pollDate().trim().split("-", 2)[0]);
    PartyId party =
        Resolve.party(check, registries.parties(), PartySources.NEWS, year, "party", r.party());
    if (!r.partyAbbr().isBlank() && !check.failed()) {
      PartyId byAbbr =
          Resolve.party(
              check, registries.parties(), PartySources.NEWS, year, "party_abbr", r.partyAbbr());
      if (!check.failed() && !byAbbr.equals(party)) {
        check.reject(
            "party_abbr",
            "party_abbr '"
                + r.partyAbbr().trim()
                + "' is "
                + byAbbr
                + ", but party '"
                + r.party().trim()
                + "' is "
                + party);
      }
    }
    return check.result(
        () ->
            new ContestRow.Contender(
                new CandidateEntry(r.line(), new Candidate(rank, name, party), votes)));
  }
}
