package org.janadesh.ingest.ecisite2024;

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
 * Converts one PC's rows of the 2024 results-site table. The state code is the site's own and is
 * kept, after checking that the registry has it in 2024 and that the row's state name means it. The
 * winner is the candidate with the most votes (the site lists no declaration).
 */
final class EciSite2024Converter {
  static final int YEAR = 2024;

  private final Registries registries;
  private final String file;
  private final Election election;

  EciSite2024Converter(Registries registries, String file) {
    this.registries = registries;
    this.file = file;
    this.election = Elections.lokSabha(YEAR, file);
  }

  Parsed<Imported> contest(List<EciSite2024Row> rows) {
    EciSite2024Row first = rows.get(0);
    FieldCheck check = new FieldCheck(file, first.line());
    State state =
        Resolve.stateByCode(
            check,
            registries.states(),
            "state_code",
            first.stateCode(),
            "state_name",
            first.stateName(),
            YEAR);
    int pcNo = check.number("pc_no", first.pcNo());
    String pcName = check.required("pc_name", first.pcName());
    List<Rejection> problems = new ArrayList<>(check.problems());
    problems.addAll(SameAcrossContest.exactly(file, rows, "pc_name", EciSite2024Row::pcName));
    problems.addAll(
        SameAcrossContest.byMatchKey(file, rows, "state_name", EciSite2024Row::stateName));
    List<ContestRow> converted = new ArrayList<>();
    switch (Parsed.all(rows.stream().map(this::row).toList())) {
      case Parsed.Ok<List<ContestRow>> ok -> converted.addAll(ok.value());
      case Parsed.Rejected<List<ContestRow>> r -> problems.addAll(r.rejections());
    }
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    ConstituencyId seat =
        new ConstituencyId(
            House.LOK_SABHA,
            state.code(),
            pcNo,
            Delimitations.lokSabha(YEAR, state.code()).orElseThrow());
    return switch (Outcomes.of(file, converted, null, true, new Polls.MostVotes(), first.line())) {
      case Parsed.Rejected<Outcome> r -> Parsed.rejected(r.rejections());
      case Parsed.Ok<Outcome> ok ->
          Parsed.ok(new Imported(election, new Contest(election.id(), seat, pcName, ok.value())));
    };
  }

  private Parsed<ContestRow> row(EciSite2024Row r) {
    FieldCheck check = new FieldCheck(file, r.line());
    if (!r.year().trim().equals(Integer.toString(YEAR))) {
      check.reject("year", "year is '" + r.year() + "', but this format holds " + YEAR + " only");
    }
    int osn = check.number("osn", r.osn());
    String name = check.required("candidate", r.candidate());
    if (Labels.isNota(r.candidate(), r.party())) {
      Votes votes = votes(check, r);
      return check.result(() -> new ContestRow.Nota(r.line(), votes));
    }
    PartyId party =
        Resolve.party(check, registries.parties(), PartySources.ECI_SITE, YEAR, "party", r.party());
    if (check.flag("uncontested", r.uncontested())) {
      for (String[] cell :
          List.of(
              new String[] {"evm_votes", r.evmVotes()},
              new String[] {"postal_votes", r.postalVotes()},
              new String[] {"total_votes", r.totalVotes()})) {
        if (!cell[1].isBlank()) {
          check.reject(
              cell[0],
              "an uncontested return has no votes, but " + cell[0] + " is '" + cell[1] + "'");
        }
      }
      return check.result(
          () -> new ContestRow.Unopposed(r.line(), new Candidate(osn, name, party)));
    }
    Votes votes = votes(check, r);
    return check.result(
        () ->
            new ContestRow.Contender(
                new CandidateEntry(r.line(), new Candidate(osn, name, party), votes)));
  }

  /** EVM and postal votes; the site's total must be their sum. */
  private static Votes votes(FieldCheck check, EciSite2024Row r) {
    long evm = check.count("evm_votes", r.evmVotes());
    long postal = check.count("postal_votes", r.postalVotes());
    long total = check.count("total_votes", r.totalVotes());
    if (!check.failed() && evm + postal != total) {
      check.reject(
          "total_votes",
          "RES-6: evm_votes + postal_votes = " + evm + " + " + postal + " ≠ total_votes " + total);
    }
    return Votes.ByMode.of(evm, postal);
  }
}
