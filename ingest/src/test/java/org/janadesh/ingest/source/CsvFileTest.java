package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.janadesh.ingest.Csv;
import org.junit.jupiter.api.Test;

class CsvFileTest {
  private record Cell(long line, String value) {}

  private static Parsed<CsvFile.Rows<Cell>> read(String text) {
    return CsvFile.read(
        "f.csv", Csv.bytes(text), List.of("a"), row -> new Cell(row.line(), row.get("a")));
  }

  @Test
  void eachRowKnowsTheLineItStartsOnEvenAfterAQuotedLineBreak() {
    Parsed<CsvFile.Rows<Cell>> read = read(Csv.lines("a,b", "1,x", "\"2", "two\",y", "3,z"));

    assertThat(read)
        .isEqualTo(
            Parsed.ok(
                new CsvFile.Rows<>(
                    List.of(new Cell(2, "1"), new Cell(3, "2\ntwo"), new Cell(5, "3")), 3)));
  }

  @Test
  void aRowWithTooFewCellsRejectsTheFileBecauseItsCellsCannotBeTrusted() {
    Parsed<CsvFile.Rows<Cell>> read = read(Csv.lines("a,b", "1,x", "2"));

    assertThat(read)
        .isEqualTo(
            Parsed.rejected(
                new Rejection("f.csv", 3, "(row)", "has 1 cells where the header has 2")));
  }

  @Test
  void aMissingColumnIsReportedAtTheHeader() {
    Parsed<CsvFile.Rows<Cell>> read = read(Csv.lines("b,c", "1,2"));

    assertThat(read)
        .isEqualTo(
            Parsed.rejected(
                new Rejection("f.csv", 1, "a", "the header has no column 'a'; it has [b, c]")));
  }

  private static List<Rejection> rejections(Parsed<?> parsed) {
    return parsed instanceof Parsed.Rejected<?> r ? r.rejections() : List.of();
  }

  @Test
  void anUnclosedQuoteRejectsTheFileFromTheLineItStarts() {
    List<Rejection> rejections = rejections(read(Csv.lines("a,b", "1,x", "\"2,y", "3,z")));

    assertThat(rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.field()).isEqualTo("(row)");
              assertThat(r.reason()).startsWith("not readable as CSV from here on");
            });
  }

  @Test
  void aHeaderWithTwoColumnsOfOneNameIsRejected() {
    assertThat(rejections(read(Csv.lines("a,a", "1,2"))))
        .extracting(Rejection::field)
        .containsExactly("(header)");
  }
}
