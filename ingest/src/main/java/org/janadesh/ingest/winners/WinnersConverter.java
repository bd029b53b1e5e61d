package org.janadesh.ingest.winners;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.State;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.WinnersOnly;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.Delimitations;
import org.janadesh.ingest.source.Elections;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Imported;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.PartySources;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.Resolve;
import org.janadesh.ingest.source.SameAcrossContest;

/**
 * Converts the winners of one seat. In 1952 and 1957 some constituencies returned two members (one
 * in 1952, North Bengal, returned three); the table gives each member a row with the seat's number,
 * so rows sharing a state, year and number are one contest with several winners. Winners are
 * numbered in the order the file lists them, since no ballot serial is known.
 */
final class WinnersConverter {
  private final Registries registries;
  private final String file;

  WinnersConverter(Registries registries, String file) {
    this.registries = registries;
    this.file = file;
  }

  Parsed<Imported> contest(List<WinnerRow> rows) {
    WinnerRow first = rows.get(0);
    FieldCheck check = new FieldCheck(file, first.line());
    int year = check.number("year", first.year());
    int pcNo = check.number("pc_no", first.pcNo());
    String pcName = check.required("pc_name", first.pcName());
    State state = Resolve.stateByName(check, registries.states(), "state", first.state(), year);
    List<Rejection> problems = new ArrayList<>(check.problems());
    problems.addAll(SameAcrossContest.exactly(file, rows, "pc_name", WinnerRow::pcName));
    List<Candidate> winners = new ArrayList<>();
    for (WinnerRow row : rows) {
      FieldCheck rowCheck = new FieldCheck(file, row.line());
      String name = rowCheck.required("winner", row.winner());
      PartyId party =
          Resolve.party(
              rowCheck, registries.parties(), PartySources.INDIAVOTES, year, "party", row.party());
      int serial = winners.size() + 1;
      switch (rowCheck.result(() -> new Candidate(serial, name, party))) {
        case Parsed.Ok<Candidate> ok -> winners.add(ok.value());
        case Parsed.Rejected<Candidate> r -> problems.addAll(r.rejections());
      }
    }
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    var order = Delimitations.lokSabha(year, state.code());
    if (order.isEmpty()) {
      return Parsed.rejected(
          new Rejection(
              file, first.line(), "year", "no Lok Sabha general election was held in " + year));
    }
    Election election = Elections.lokSabha(year, file);
    ConstituencyId seat = new ConstituencyId(House.LOK_SABHA, state.code(), pcNo, order.get());
    return Parsed.ok(
        new Imported(election, new Contest(election.id(), seat, pcName, new WinnersOnly(winners))));
  }
}
