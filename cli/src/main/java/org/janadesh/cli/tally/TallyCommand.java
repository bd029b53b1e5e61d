package org.janadesh.cli.tally;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.core.tally.SeatTally;
import org.janadesh.server.tally.TallyCounts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh tally ELECTION [--state S]}: seats won per party with votes and vote share. */
@Command(
    name = "tally",
    description = "Seats won per party with votes and vote share, for India or one state.")
public final class TallyCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ELECTION", description = "e.g. ls-2024, ae-kl-2021")
  private String election = "";

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Code, abbreviation or name: S04, br, Bihar")
  private @Nullable String state;

  @Option(names = "--all", description = "In a table, list parties that won no seat too")
  private boolean all;

  @Option(
      names = "--by",
      paramLabel = "party|alliance",
      description =
          "Performance per party or per alliance: won, contested, strike rate, vote share,"
              + " share in contested seats, deposits forfeited, majority mark, Others")
  private @Nullable String by;

  @Option(
      names = "--bloc",
      paramLabel = "PARTIES",
      description = "Count these parties as one: \"CPI(M),CPI,RSP\" or a named group (Left)")
  private @Nullable String bloc;

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = java.util.Objects.requireNonNull(root).desk()) {
      Election chosen = desk.election(election);
      Optional<StateCode> scope = desk.state(state, chosen);
      List<Contest> contests = desk.contests(chosen);
      String label = TallyCounts.scopeLabel(desk.registries().states(), chosen, scope);
      PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
      if (by != null || bloc != null) {
        Performances.write(out, format.format(), desk, chosen, scope, label, contests, by, bloc);
        out.flush();
        return ExitCodes.OK;
      }
      SeatTally tally =
          TallyCounts.seats(chosen, scope, label, contests, desk.registries().parties());
      TallyView.write(out, format.format(), chosen, tally, all);
      out.flush();
      return ExitCodes.OK;
    }
  }
}
