package org.janadesh.cli.elections;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Table;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.tally.ElectionSummary;
import org.janadesh.server.elections.ElectionsDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh elections}: the elections in the archive with seats and candidates. */
@Command(name = "elections", description = "Elections in the archive: id, name, seats, candidates.")
public final class ElectionsCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--all", description = "Include the by-elections (over a thousand)")
  private boolean all;

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      List<Election> elections = desk.archive().elections();
      List<Election> shown =
          elections.stream().filter(e -> all || e.kind() == ElectionKind.GENERAL).toList();
      List<ElectionSummary> summaries =
          shown.stream().map(e -> ElectionSummary.of(e, desk.contests(e))).toList();
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      switch (format.format()) {
        case JSON -> Json.print(out, ElectionsDocument.json(summaries));
        case CSV -> {
          Csv.line(out, "election", "name", "kind", "year", "seats", "candidates", "source");
          summaries.forEach(
              s ->
                  Csv.line(
                      out,
                      s.election().id().value(),
                      s.election().name(),
                      s.election().kind().name().toLowerCase(java.util.Locale.ROOT),
                      Integer.toString(s.election().year()),
                      Integer.toString(s.seats()),
                      s.candidatesKnown() ? Integer.toString(s.candidates()) : "",
                      s.election().source()));
        }
        case TABLE -> {
          Table table = Table.of("Election", "Name", "Seats>", "Candidates>");
          summaries.forEach(
              s ->
                  table.row(
                      s.election().id().value(),
                      s.election().name(),
                      Integer.toString(s.seats()),
                      s.candidatesKnown() ? Integer.toString(s.candidates()) : "winners only"));
          table.print(out);
          int byElections = elections.size() - shown.size();
          if (byElections > 0) {
            out.println("+ " + byElections + " by-elections (--all lists them)");
          }
          if (elections.isEmpty()) {
            out.println(
                "The archive at " + desk.db() + " is empty: run `janadesh import --bundled`.");
          }
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
