package org.janadesh.ingest.tcpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Votes;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class TcpdImporterTest {
  private static final String FILE = "tcpd-hand-made.csv";
  private static final String HEADER =
      "State_Name,Assembly_No,Constituency_No,Year,month,Poll_No,DelimID,Position,Candidate,Sex,"
          + "Party,Votes,Candidate_Type,Valid_Votes,Electors,Constituency_Name,Margin";

  /** Builds rows; only the columns the importer reads matter. */
  private static final class Rows {
    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    Rows row(
        String state,
        int lokSabha,
        int pc,
        int year,
        int poll,
        int delim,
        int position,
        String candidate,
        String party,
        String votes,
        String electors,
        String name) {
      lines.add(
          String.join(
              ",",
              state,
              Integer.toString(lokSabha),
              Integer.toString(pc),
              Integer.toString(year),
              "",
              Integer.toString(poll),
              Integer.toString(delim),
              Integer.toString(position),
              candidate,
              "M",
              party,
              votes,
              "GEN",
              "0",
              electors,
              name,
              "999"));
      return this;
    }

    ImportResult importRows() {
      return new TcpdImporter(TestRegistries.small())
          .importFrom(FILE, Csv.stream(Csv.lines(lines.toArray(String[]::new))));
    }
  }

  @Test
  void aGeneralElectionContestTakesPositionOneAsWinnerAndElectorsFromTheFile() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 13, 54, 1999, 0, 3, 2, "B", "SP", "200", "1000", "FAIZABAD")
            .row("Uttar_Pradesh", 13, 54, 1999, 0, 3, 1, "A", "BJP", "300", "1000", "FAIZABAD")
            .importRows();

    assertThat(result.rejections()).isEmpty();
    Contest contest = result.batch().contests().getFirst();
    assertThat(contest.election().value()).isEqualTo("ls-1999");
    assertThat(contest.constituency().delimitation()).isEqualTo(Delimitation.of(1976));
    Polled polled = (Polled) contest.outcome();
    assertThat(polled.winner().candidate().name()).isEqualTo("A");
    assertThat(polled.winner().votes()).isEqualTo(new Votes.TotalOnly(300));
    assertThat(polled.electors()).isEqualTo(1000L);
    assertThat(polled.nota()).isNull();
  }

  @Test
  void aByElectionIsItsOwnElectionNamedAfterItsSeat() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 12, 54, 1999, 1, 3, 1, "A", "BJP", "300", "1000", "FAIZABAD")
            .row("Uttar_Pradesh", 12, 54, 1999, 1, 3, 2, "B", "SP", "200", "1000", "FAIZABAD")
            .importRows();

    Election election = result.batch().elections().getFirst();
    assertThat(election.id().value()).isEqualTo("bye-ls-up-54-1999");
    assertThat(election.kind()).isEqualTo(ElectionKind.BYE);
    assertThat(election.name()).isEqualTo("Lok Sabha by-election, Faizabad (Uttar Pradesh) 1999");
  }

  @Test
  void aSecondByElectionInTheSameSeatAndYearGetsSequenceTwo() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 4, 25, 1970, 2, 2, 1, "C", "INC", "30", "10", "X")
            .row("Uttar_Pradesh", 4, 25, 1970, 1, 2, 1, "A", "BJP", "30", "10", "X")
            .importRows();

    assertThat(result.batch().elections())
        .extracting(e -> e.id().value())
        .containsExactly("bye-ls-up-25-1970", "bye-ls-up-25-1970-2");
    assertThat(result.batch().contests())
        .filteredOn(c -> c.election().value().equals("bye-ls-up-25-1970-2"))
        .singleElement()
        .satisfies(c -> assertThat(c.outcome().winners().getFirst().name()).isEqualTo("C"));
  }

  @Test
  void pollsDeferredToTheNextYearBelongToTheHousesGeneralElection() {
    ImportResult result =
        new Rows().row("Madras", 8, 1, 1985, 0, 3, 1, "A", "INC", "30", "10", "X").importRows();

    assertThat(result.batch().contests().getFirst().election().value()).isEqualTo("ls-1984");
  }

  @Test
  void aRowWithoutVotesQuarantinesItsContest() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 10, 1, 1995, 1, 3, 1, "A", "INC", "", "10", "X")
            .row("Uttar_Pradesh", 10, 1, 1995, 1, 3, 2, "B", "BJP", "5", "10", "X")
            .importRows();

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections())
        .containsExactly(
            new Rejection(FILE, 2, "Votes", "Votes is blank"),
            new Rejection(
                FILE,
                2,
                "contest",
                "contest 'Uttar_Pradesh 1995 by-election 1 PC 1 X' not imported; its rows: 2, problems: 1"));
  }

  @Test
  void anUnknownStateNameIsRejectedNamingIt() {
    ImportResult result =
        new Rows().row("Atlantis", 13, 1, 1999, 0, 3, 1, "A", "INC", "5", "10", "X").importRows();

    assertThat(result.rejections())
        .contains(
            new Rejection(
                FILE, 2, "State_Name", "unknown state or union territory 'Atlantis' in 1999"));
  }

  @Test
  void aWinnerWithFewerVotesThanAnotherCandidateIsRejected() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 13, 54, 1999, 0, 3, 1, "A", "BJP", "100", "1000", "F")
            .row("Uttar_Pradesh", 13, 54, 1999, 0, 3, 2, "B", "SP", "200", "1000", "F")
            .importRows();

    assertThat(result.rejections().getFirst())
        .isEqualTo(
            new Rejection(
                FILE,
                2,
                "Position",
                "declared winner has 100 votes, fewer than the 200 on line 3"));
  }

  @Test
  void aDelimIdThatContradictsTheOrderInForceIsRejected() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 15, 54, 2009, 0, 3, 1, "A", "BJP", "100", "1000", "F")
            .importRows();

    assertThat(result.rejections().getFirst())
        .isEqualTo(
            new Rejection(
                FILE,
                2,
                "DelimID",
                "DelimID 3 does not name the 2008 order, under which Lok Sabha 15 was elected"));
  }

  @Test
  void aNotaRowWithABlankPartyIsNotaNotACandidate() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 16, 9, 2018, 1, 4, 1, "A", "BJP", "100", "1000", "F")
            .row("Uttar_Pradesh", 16, 9, 2018, 1, 4, 2, "NOTA", "", "7", "1000", "F")
            .importRows();

    assertThat(result.rejections()).isEmpty();
    Polled polled = (Polled) result.batch().contests().getFirst().outcome();
    assertThat(polled.candidates()).hasSize(1);
    assertThat(polled.nota()).isEqualTo(new Votes.TotalOnly(7));
  }

  @Test
  void aCandidateWithABlankPartyIsRejected() {
    ImportResult result =
        new Rows()
            .row("Uttar_Pradesh", 16, 9, 2018, 1, 4, 1, "A", "", "100", "1000", "F")
            .importRows();

    assertThat(result.rejections()).contains(new Rejection(FILE, 2, "Party", "Party is blank"));
  }

  @Test
  void twoSpellingsOfOneStateGivingOneSeatTwiceQuarantineBothContests() {
    ImportResult result =
        new Rows()
            .row("Madras", 4, 1, 1967, 0, 2, 1, "A", "INC", "30", "10", "MADRAS NORTH")
            .row("Tamil_Nadu", 4, 1, 1967, 0, 2, 1, "B", "INC", "40", "10", "MADRAS NORTH")
            .importRows();

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections())
        .extracting(Rejection::line, Rejection::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "contest"),
            org.assertj.core.groups.Tuple.tuple(2L, "contest"),
            org.assertj.core.groups.Tuple.tuple(3L, "contest"),
            org.assertj.core.groups.Tuple.tuple(3L, "contest"));
    assertThat(result.rejections().getFirst().reason())
        .isEqualTo(
            "ls-1967 ls/S22/1@1966 appears more than once (contests starting on lines [2, 3])");
  }
}
