package org.janadesh.cli.history;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.bloc.Subjects;
import org.janadesh.cli.render.Csv;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.cli.render.Json;
import org.janadesh.cli.render.Table;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.history.Histories;
import org.janadesh.core.history.SeatHistory;
import org.janadesh.core.history.YearSeats;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.server.history.HistoryDocument;
import org.janadesh.server.history.LokSabhaResults;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh history --party P | --bloc …}: seats in every Lok Sabha, 1952–2024. */
@Command(
    name = "history",
    description =
        "A party's or bloc's seats in every Lok Sabha general election, lowest and highest marked.")
public final class HistoryCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--party", paramLabel = "PARTY", description = "One party, any spelling")
  private @Nullable String party;

  @Option(
      names = "--bloc",
      paramLabel = "PARTIES",
      description = "Count these parties as one: \"CPI(M),CPI\" or a named group (Left)")
  private @Nullable String bloc;

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      if ((party == null) == (bloc == null)) {
        throw new UserError(ExitCodes.USAGE, "give one of --party or --bloc");
      }
      LokSabhaResults results = LokSabhaResults.of(desk.archive());
      List<Histories.ElectionResults> all = results.elections();
      List<Contest> every = results.contests();
      var parties = desk.registries().parties();
      Bloc subject =
          party != null
              ? new Bloc(
                  Subjects.party(party, parties, every, "--party").value(),
                  java.util.Set.of(Subjects.party(party, parties, every, "--party")))
              : Subjects.bloc(
                  Objects.requireNonNull(bloc),
                  parties,
                  AlliancesCsv.loadBundled(desk.registries()),
                  every);
      SeatHistory history = Histories.of(subject.name(), subject.members(), all);
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      switch (format.format()) {
        case JSON -> Json.print(out, HistoryDocument.json(subject, history));
        case CSV -> {
          Csv.line(out, "subject", "year", "election", "won");
          history
              .years()
              .forEach(
                  y ->
                      Csv.line(
                          out,
                          history.subject(),
                          Integer.toString(y.year()),
                          y.election().value(),
                          Integer.toString(y.won())));
        }
        case TABLE -> table(out, subject, history);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void table(PrintWriter out, Bloc subject, SeatHistory history) {
    out.println(
        history.subject()
            + " in the Lok Sabha"
            + (subject.members().size() > 1
                ? " ("
                    + String.join(", ", subject.members().stream().map(Object::toString).toList())
                    + ")"
                : ""));
    out.println();
    Table table = Table.of("Year", "Won>", "");
    Optional<YearSeats> low = history.lowest();
    Optional<YearSeats> high = history.highest();
    for (YearSeats y : history.years()) {
      String note =
          low.filter(y::equals).isPresent()
              ? "lowest"
              : high.filter(y::equals).isPresent() ? "highest" : "";
      table.row(Integer.toString(y.year()), Integer.toString(y.won()), note);
    }
    table.print(out);
    out.println();
    out.println(
        "Years before a member first stood are left out; in 1952 and 1957 only winners are on"
            + " record (HIS-2).");
  }
}
