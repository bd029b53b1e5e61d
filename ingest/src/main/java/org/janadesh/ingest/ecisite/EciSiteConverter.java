package org.janadesh.ingest.ecisite;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.State;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Outcome;
import org.janadesh.core.result.Votes;
import org.janadesh.ingest.ecisite.EciSiteEdition.Column;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.CandidateEntry;
import org.janadesh.ingest.source.ContestRow;
import org.janadesh.ingest.source.Delimitations;
import org.janadesh.ingest.source.Elections;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Imported;
import org.janadesh.ingest.source.Labels;
import org.janadesh.ingest.source.Outcomes;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.PartySources;
import org.janadesh.ingest.source.Polls;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.Resolve;
import org.janadesh.ingest.source.SameAcrossContest;

/**
 * Converts one PC's rows of the results-site table, in either edition. The state code is the site's
 * own and is kept, since with the PC number it identifies the seat, after checking that the
 * registry has it in the edition's year and that the row's state name means it. The winner is the
 * candidate with the most votes (the site lists no declaration). Electors are left unknown: the
 * 2024 table has none, and the 2019 file's come from TCPD, not from the site.
 */
final class EciSiteConverter {
  private final EciSiteEdition edition;
  private final Registries registries;
  private final String file;
  private final Election election;

  EciSiteConverter(EciSiteEdition edition, Registries registries, String file) {
    this.edition = edition;
    this.registries = registries;
    this.file = file;
    this.election = Elections.lokSabha(edition.year(), file);
  }

  Parsed<Imported> contest(List<EciSiteRow> rows) {
    EciSiteRow first = rows.get(0);
    FieldCheck check = new FieldCheck(file, first.line());
    State state =
        Resolve.stateByCode(
            check,
            registries.states(),
            "state_code",
            first.stateCode(),
            "state_name",
            first.stateName(),
            edition.year());
    int pcNo = check.number("pc_no", first.pcNo());
    String pcName = check.required("pc_name", first.pcName());
    List<Rejection> problems = new ArrayList<>(check.problems());
    problems.addAll(SameAcrossContest.exactly(file, rows, "pc_name", EciSiteRow::pcName));
    problems.addAll(SameAcrossContest.byMatchKey(file, rows, "state_name", EciSiteRow::stateName));
    List<ContestRow> converted = Parsed.collect(rows.stream().map(this::row).toList(), problems);
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    ConstituencyId seat =
        new ConstituencyId(
            House.LOK_SABHA,
            state.code(),
            pcNo,
            Delimitations.lokSabha(edition.year(), state.code()).orElseThrow());
    return switch (Outcomes.of(file, converted, null, true, new Polls.MostVotes(), first.line())) {
      case Parsed.Rejected<Outcome> r -> Parsed.rejected(r.rejections());
      case Parsed.Ok<Outcome> ok ->
          Parsed.ok(new Imported(election, new Contest(election.id(), seat, pcName, ok.value())));
    };
  }

  private Parsed<ContestRow> row(EciSiteRow r) {
    FieldCheck check = new FieldCheck(file, r.line());
    if (!r.year().trim().equals(Integer.toString(edition.year()))) {
      check.reject(
          "year", "year is '" + r.year() + "', but this format holds " + edition.year() + " only");
    }
    int osn = check.number("osn", r.osn());
    String name = check.required("candidate", r.candidate());
    if (Labels.isNota(r.candidate(), r.party())) {
      Votes votes = votes(check, r);
      return check.result(() -> new ContestRow.Nota(r.line(), votes));
    }
    boolean unopposed =
        edition.column() == Column.UNCONTESTED
            && check.flag(Column.UNCONTESTED.header(), r.editionCell());
    if (unopposed) {
      PartyId party = party(check, r);
      rejectIfGiven(check, "evm_votes", r.evmVotes());
      rejectIfGiven(check, "postal_votes", r.postalVotes());
      rejectIfGiven(check, "total_votes", r.totalVotes());
      return check.result(
          () -> new ContestRow.Unopposed(r.line(), new Candidate(osn, name, party)));
    }
    // Votes before party, and RES-6 checked whenever the vote cells parse: every bad cell of a
    // line is reported at once, whatever else is wrong with it.
    Votes votes = votes(check, r);
    PartyId party = party(check, r);
    return check.result(
        () ->
            new ContestRow.Contender(
                new CandidateEntry(r.line(), new Candidate(osn, name, party), votes)));
  }

  /**
   * A 2019 candidate. Every row has votes, and they are read before the party, so a total that
   * breaks RES-6 is reported even beside an unknown party.
   */
  private PartyId party(FieldCheck check, EciSiteRow r) {
    return Resolve.party(
        check, registries.parties(), PartySources.ECI_SITE, edition.year(), "party", r.party());
  }

  private static void rejectIfGiven(FieldCheck check, String field, String text) {
    if (!text.isBlank()) {
      check.reject(
          field, "an uncontested return has no votes, but " + field + " is '" + text + "'");
    }
  }

  /**
   * EVM and postal votes, and in 2019 the votes counted apart from both; the site's total must be
   * their sum (RES-6).
   */
  private Votes votes(FieldCheck check, EciSiteRow r) {
    int problemsBefore = check.problems().size();
    long evm = check.count("evm_votes", r.evmVotes());
    long postal = check.count("postal_votes", r.postalVotes());
    Votes.ByMode votes =
        switch (edition.column()) {
          case UNCONTESTED -> Votes.ByMode.of(evm, postal);
          case OTHER_VOTES ->
              new Votes.ByMode(
                  evm, postal, check.count(Column.OTHER_VOTES.header(), r.editionCell()));
        };
    long total = check.count("total_votes", r.totalVotes());
    if (check.problems().size() == problemsBefore && votes.total() != total) {
      check.reject("total_votes", "RES-6: " + sum(votes) + " ≠ total_votes " + total);
    }
    return votes;
  }

  /** The RES-6 sum in the edition's own columns: their names, then their counts. */
  private String sum(Votes.ByMode votes) {
    return switch (edition.column()) {
      case UNCONTESTED -> "evm_votes + postal_votes = " + votes.evm() + " + " + votes.postal();
      case OTHER_VOTES ->
          "evm_votes + postal_votes + "
              + Column.OTHER_VOTES.header()
              + " = "
              + votes.evm()
              + " + "
              + votes.postal()
              + " + "
              + votes.other();
    };
  }
}
