package org.janadesh.ingest.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
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
 * Converts one assembly constituency's rows. As in TCPD's Lok Sabha file, Position 1 is the winner
 * and positions stand in for ballot serials (they skip the slot NOTA held, which is harmless).
 * Every candidate is listed, so the contest is complete; the NOTA line was dropped by the source,
 * so NOTA is unknown rather than zero. Electors may be blank (Tiruchirappalli West's irregular
 * record).
 */
final class AssemblyConverter {
  private final Registries registries;
  private final String file;

  AssemblyConverter(Registries registries, String file) {
    this.registries = registries;
    this.file = file;
  }

  Parsed<Imported> contest(List<AssemblyRow> rows) {
    AssemblyRow first = rows.get(0);
    FieldCheck check = new FieldCheck(file, first.line());
    int year = check.number("year", first.year());
    int acNo = check.number("ac_no", first.acNo());
    String acName = check.required("ac_name", first.acName());
    State state = Resolve.stateByName(check, registries.states(), "state", first.state(), year);
    Long electors = check.optionalCount("electors", first.electors());
    Delimitation order = Delimitation.of(2008);
    if (!check.failed()) {
      Optional<Delimitation> inForce = Delimitations.assembly(year, state.code());
      if (inForce.isEmpty()) {
        check.reject("year", "no delimitation order on record for assembly elections in " + year);
      } else {
        order = inForce.get();
      }
    }
    List<Rejection> problems = new ArrayList<>(check.problems());
    problems.addAll(SameAcrossContest.exactly(file, rows, "ac_name", AssemblyRow::acName));
    problems.addAll(SameAcrossContest.exactly(file, rows, "electors", AssemblyRow::electors));
    List<ContestRow> converted = Parsed.collect(rows.stream().map(this::row).toList(), problems);
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    Election election = Elections.assembly(state, year, file);
    ConstituencyId seat = new ConstituencyId(House.VIDHAN_SABHA, state.code(), acNo, order);
    return switch (Outcomes.of(
        file, converted, electors, true, new Polls.Declared(1, "position"), first.line())) {
      case Parsed.Rejected<Outcome> r -> Parsed.rejected(r.rejections());
      case Parsed.Ok<Outcome> ok ->
          Parsed.ok(new Imported(election, new Contest(election.id(), seat, acName, ok.value())));
    };
  }

  private Parsed<ContestRow> row(AssemblyRow r) {
    FieldCheck check = new FieldCheck(file, r.line());
    int position = check.number("position", r.position());
    String name = check.required("candidate", r.candidate());
    Votes votes = new Votes.TotalOnly(check.count("votes", r.votes()));
    if (Labels.isNota(r.candidate(), r.party())) {
      return check.result(() -> new ContestRow.Nota(r.line(), votes));
    }
    int year = check.number("year", r.year());
    PartyId party =
        Resolve.party(
            check, registries.parties(), PartySources.TCPD_AE, year, "party_tcpd", r.party());
    return check.result(
        () ->
            new ContestRow.Contender(
                new CandidateEntry(r.line(), new Candidate(position, name, party), votes)));
  }
}
