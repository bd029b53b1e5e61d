package org.janadesh.ingest.tcpd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Converts one TCPD contest. The winner is the row at Position 1; the ballot serial is unknown, so
 * the position stands in for it. States are resolved from TCPD's names ({@code Andhra_Pradesh},
 * {@code Madras}) for the year of the poll. The delimitation order follows the Lok Sabha the poll
 * filled ({@link Delimitations}), and TCPD's own DelimID must agree with it.
 */
final class TcpdConverter {
  private final Registries registries;
  private final String file;

  /** By-election sequence by the contest's first line, which tells contests apart. */
  private final Map<Long, Integer> byElectionSequence = new HashMap<>();

  TcpdConverter(Registries registries, String file, List<List<TcpdRow>> contests) {
    this.registries = registries;
    this.file = file;
    numberByElections(contests);
  }

  /**
   * Two by-elections in one seat in one year get sequence 1 and 2, in the order of TCPD's Poll_No,
   * then month, then position in the file.
   */
  private void numberByElections(List<List<TcpdRow>> contests) {
    Map<String, List<List<TcpdRow>>> bySeatAndYear = new HashMap<>();
    for (List<TcpdRow> contest : contests) {
      TcpdRow first = contest.get(0);
      if (!first.isByElection()) {
        continue;
      }
      Optional<String> seat = seatAndYear(first);
      seat.ifPresent(s -> bySeatAndYear.computeIfAbsent(s, k -> new ArrayList<>()).add(contest));
    }
    Comparator<List<TcpdRow>> order =
        Comparator.<List<TcpdRow>>comparingInt(c -> wholeOrZero(c.get(0).pollNo()))
            .thenComparingInt(c -> wholeOrZero(c.get(0).month()))
            .thenComparingLong(c -> c.get(0).line());
    for (List<List<TcpdRow>> same : bySeatAndYear.values()) {
      same.sort(order);
      for (int i = 0; i < same.size(); i++) {
        byElectionSequence.put(same.get(i).get(0).line(), i + 1);
      }
    }
  }

  private Optional<String> seatAndYear(TcpdRow row) {
    String year = row.year().trim();
    String pc = row.constituencyNo().trim();
    if (!year.matches("\\d{4}") || !pc.matches("\\d+")) {
      return Optional.empty();
    }
    try {
      return registries
          .states()
          .find(row.stateName(), Integer.parseInt(year))
          .map(s -> s.code() + "/" + Integer.parseInt(pc) + "/" + year);
    } catch (IllegalStateException ambiguous) {
      return Optional.empty();
    }
  }

  private static int wholeOrZero(String text) {
    String t = text.trim();
    return t.matches("\\d{1,9}") ? Integer.parseInt(t) : 0;
  }

  Parsed<Imported> contest(List<TcpdRow> rows) {
    TcpdRow first = rows.get(0);
    FieldCheck check = new FieldCheck(file, first.line());
    int lokSabha = check.number("Assembly_No", first.assemblyNo());
    int year = check.number("Year", first.year());
    int pcNo = check.number("Constituency_No", first.constituencyNo());
    int delimId = check.number("DelimID", first.delimId());
    check.count("Poll_No", first.pollNo());
    String pcName = check.required("Constituency_Name", first.constituencyName());
    int generalElection = 0;
    if (!check.failed()) {
      Optional<Integer> ge = LokSabhaTerms.generalElectionYear(lokSabha);
      if (ge.isEmpty()) {
        check.reject("Assembly_No", "Assembly_No " + lokSabha + " is not a Lok Sabha on record");
      } else {
        generalElection = ge.get();
        int last = LokSabhaTerms.lastYear(lokSabha);
        if (year < generalElection || year > last) {
          check.reject(
              "Year",
              "Year "
                  + year
                  + " is outside the term of Lok Sabha "
                  + lokSabha
                  + " ("
                  + generalElection
                  + "–"
                  + last
                  + ")");
        }
      }
    }
    State state =
        Resolve.stateByName(check, registries.states(), "State_Name", first.stateName(), year);
    Delimitation order = Delimitation.of(1951);
    if (!check.failed()) {
      Optional<Delimitation> inForce = Delimitations.lokSabha(generalElection, state.code());
      if (inForce.isEmpty()) {
        check.reject("Assembly_No", "no delimitation order on record for " + generalElection);
      } else {
        order = inForce.get();
        Optional<Integer> tcpdOrder = LokSabhaTerms.delimitationOrder(delimId);
        if (tcpdOrder.isEmpty() || tcpdOrder.get() != Delimitations.orderOf(order)) {
          check.reject(
              "DelimID",
              "DelimID "
                  + delimId
                  + " does not name the "
                  + order
                  + " order, under which Lok Sabha "
                  + lokSabha
                  + " was elected");
        }
      }
    }
    List<Rejection> problems = new ArrayList<>(check.problems());
    problems.addAll(
        SameAcrossContest.exactly(file, rows, "Constituency_Name", TcpdRow::constituencyName));
    problems.addAll(SameAcrossContest.exactly(file, rows, "Electors", TcpdRow::electors));
    problems.addAll(SameAcrossContest.exactly(file, rows, "DelimID", TcpdRow::delimId));
    FieldCheck electorsCheck = new FieldCheck(file, first.line());
    Long electors = electorsCheck.optionalCount("Electors", first.electors());
    problems.addAll(electorsCheck.problems());
    List<ContestRow> converted =
        returnedUnopposed(Parsed.collect(rows.stream().map(this::row).toList(), problems));
    if (!problems.isEmpty()) {
      return Parsed.rejected(problems);
    }
    Election election =
        first.isByElection()
            ? Elections.byElection(
                House.LOK_SABHA,
                state,
                pcNo,
                pcName,
                year,
                byElectionSequence.getOrDefault(first.line(), 1),
                file)
            : Elections.lokSabha(generalElection, file);
    ConstituencyId seat = new ConstituencyId(House.LOK_SABHA, state.code(), pcNo, order);
    return switch (Outcomes.of(
        file, converted, electors, true, new Polls.Declared(1, "Position"), first.line())) {
      case Parsed.Rejected<Outcome> r -> Parsed.rejected(r.rejections());
      case Parsed.Ok<Outcome> ok ->
          Parsed.ok(new Imported(election, new Contest(election.id(), seat, pcName, ok.value())));
    };
  }

  /**
   * TCPD records a candidate returned unopposed as a poll with one candidate and 0 votes (Kannauj
   * 2012, Srinagar 1980 and 14 more); no poll was taken, so it is an uncontested return (RES-3),
   * not a poll with a turnout of 0 %.
   */
  private static List<ContestRow> returnedUnopposed(List<ContestRow> rows) {
    if (rows.size() == 1
        && rows.get(0) instanceof ContestRow.Contender only
        && only.entry().votes().total() == 0) {
      return List.of(new ContestRow.Unopposed(only.entry().line(), only.entry().candidate()));
    }
    return rows;
  }

  private Parsed<ContestRow> row(TcpdRow r) {
    FieldCheck check = new FieldCheck(file, r.line());
    int position = check.number("Position", r.position());
    String name = check.required("Candidate", r.candidate());
    long votes = check.count("Votes", r.votes());
    if (Labels.isNota(r.candidate(), r.party())) {
      return check.result(() -> new ContestRow.Nota(r.line(), new Votes.TotalOnly(votes)));
    }
    int year = check.number("Year", r.year());
    PartyId party =
        Resolve.party(check, registries.parties(), PartySources.TCPD, year, "Party", r.party());
    return check.result(
        () ->
            new ContestRow.Contender(
                new CandidateEntry(
                    r.line(), new Candidate(position, name, party), new Votes.TotalOnly(votes))));
  }
}
