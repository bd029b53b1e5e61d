package org.janadesh.ingest.winners;

import static org.assertj.core.api.Assertions.assertThat;

import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.result.Candidate;
import org.janadesh.core.result.Contest;
import org.janadesh.core.result.WinnersOnly;
import org.janadesh.ingest.Csv;
import org.janadesh.ingest.TestRegistries;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Rejection;
import org.junit.jupiter.api.Test;

class WinnersImporterTest {
  private static final String HEADER =
      "year,serial,pc_name,pc_no,pc_type,state,winner,party,electors,votes_polled,turnout_pct,margin,margin_pct";

  private static ImportResult importText(String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return new WinnersImporter(TestRegistries.small())
        .importFrom("winners.csv", Csv.stream(Csv.lines(lines)));
  }

  @Test
  void twoMembersSharingASeatNumberAreOneContestWithTwoWinnersInFileOrder() {
    ImportResult result =
        importText(
            "1952,5,Ahmedabad,60,GEN,Bombay,Mavlankar,Indian National Congress,1,1,1,,",
            "1952,7,Surat,61,GEN,Bombay,Someone,Independent,1,1,1,,",
            "1952,6,Ahmedabad,60,GEN,Bombay,Vaishya,Indian National Congress,1,1,1,,");

    assertThat(result.rejections()).isEmpty();
    Contest ahmedabad = result.batch().contests().getFirst();
    assertThat(ahmedabad.seats()).isEqualTo(2);
    assertThat(ahmedabad.outcome())
        .isInstanceOfSatisfying(
            WinnersOnly.class,
            w ->
                assertThat(w.winners())
                    .extracting(Candidate::serial, Candidate::name)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Mavlankar"),
                        org.assertj.core.groups.Tuple.tuple(2, "Vaishya")));
    assertThat(ahmedabad.constituency().state().value()).isEqualTo("X01");
    assertThat(ahmedabad.constituency().delimitation()).isEqualTo(Delimitation.of(1951));
  }

  @Test
  void yearsOtherThan1952And1957AreReadButNotImported() {
    ImportResult result =
        importText(
            "1957,1,Faizabad,356,GEN,Uttar Pradesh [1947 - 1999],Raja Ram,Indian National Congress,1,1,1,,",
            "2024,1,FAIZABAD,54,GEN,Uttar Pradesh [2000 Onwards],Awadhesh,Samajwadi Party,1,1,1,1,1");

    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.batch().contests())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.election().value()).isEqualTo("ls-1957");
              assertThat(c.constituency().delimitation()).isEqualTo(Delimitation.of(1956));
            });
  }

  @Test
  void anUnknownPartyQuarantinesTheWholeTwoMemberSeat() {
    ImportResult result =
        importText(
            "1952,5,Ahmedabad,60,GEN,Bombay,Mavlankar,Indian National Congress,1,1,1,,",
            "1952,6,Ahmedabad,60,GEN,Bombay,Vaishya,Kisan Mazdoor Praja Party,1,1,1,,");

    assertThat(result.batch().contests()).isEmpty();
    assertThat(result.rejections().getFirst())
        .isEqualTo(
            new Rejection(
                "winners.csv",
                3,
                "party",
                "unknown party 'Kisan Mazdoor Praja Party' (not an id, name or alias in the party"
                    + " registry)"));
  }
}
