package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedTest {
  private static Rejection problem(long line, String field) {
    return new Rejection("f.csv", line, field, field + " is blank");
  }

  @Test
  void collectKeepsWhatConvertedAndAddsEveryRejectionAfterTheProblemsAlreadyFound() {
    List<Rejection> problems = new ArrayList<>(List.of(problem(1, "pc_name")));

    List<String> values =
        Parsed.collect(
            List.of(
                Parsed.ok("A"),
                Parsed.<String>rejected(List.of(problem(3, "party"), problem(3, "osn"))),
                Parsed.ok("C"),
                Parsed.<String>rejected(problem(5, "votes"))),
            problems);

    assertThat(values).containsExactly("A", "C");
    assertThat(problems)
        .containsExactly(
            problem(1, "pc_name"), problem(3, "party"), problem(3, "osn"), problem(5, "votes"));
  }

  @Test
  void collectAddsNothingWhenEveryPartConverted() {
    List<Rejection> problems = new ArrayList<>();

    List<Integer> values = Parsed.collect(List.of(Parsed.ok(1), Parsed.ok(2)), problems);

    assertThat(values).containsExactly(1, 2);
    assertThat(problems).isEmpty();
  }
}
