package org.janadesh.cli.person;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.PersonFinder;
import org.janadesh.core.person.PersonId;
import org.janadesh.core.person.PersonLookup;
import org.janadesh.server.person.CareerDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh person NAME}: a person's Lok Sabha contests, wins and current streak. */
@Command(
    name = "person",
    description =
        "One person's Lok Sabha career: every contest with seat, party, result and margin; wins;"
            + " the current streak (docs/rules/people.md).")
public final class PersonCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "e.g. Premachandran, \"N K Premachandran\"")
  private String query = "";

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Only persons who contested in this state")
  private @Nullable String state;

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      Optional<StateCode> scope = scope(desk);
      Careers careers = Linked.careers(desk);
      PersonLookup.Found found =
          switch (PersonFinder.of(careers.people()).find(query, scope)) {
            case PersonLookup.Found f -> f;
            case PersonLookup.Ambiguous a ->
                throw new UserError(
                    ExitCodes.NOT_FOUND,
                    "'"
                        + query
                        + "' matches more than one person; add initials or --state:\n"
                        + a.matches().stream()
                            .map(p -> "  " + describe(careers, p))
                            .collect(Collectors.joining("\n")));
            case PersonLookup.NotFound n ->
                throw new UserError(
                    ExitCodes.NOT_FOUND,
                    "no Lok Sabha candidate named '"
                        + query
                        + "' on record"
                        + (n.suggestions().isEmpty()
                            ? ""
                            : "; did you mean: " + String.join(", ", n.suggestions()) + "?"));
          };
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      CareerView.write(out, format.format(), careers, found);
      out.flush();
      return ExitCodes.OK;
    }
  }

  private Optional<StateCode> scope(Desk desk) {
    String s = state;
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(
        desk.registries()
            .states()
            .find(s, 2024)
            .or(() -> desk.registries().states().find(s, 1990))
            .map(x -> x.code())
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.NOT_FOUND, "unknown state or union territory '" + s + "'")));
  }

  /** A line that tells namesakes apart: name, id, states, seats, years, parties. */
  static String describe(Careers careers, PersonId person) {
    return CareerDocument.describe(careers, person);
  }
}
