package org.janadesh.cli.constituency;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.Seats;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.tally.ResultSheet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh constituency ELECTION NAME-OR-NUMBER}: one seat's full result. */
@Command(
    name = "constituency",
    description =
        "One constituency's result: candidates with party, EVM, postal, total and share; winner,"
            + " runner-up, margin; NOTA.")
public final class ConstituencyCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ELECTION", description = "e.g. ls-2024")
  private String election = "";

  @Parameters(
      index = "1",
      paramLabel = "NAME-OR-NUMBER",
      description = "Name in any spelling or alias (Faizabad, Tirupur), or the number")
  private String query = "";

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Needed when a name or number is in several states")
  private @Nullable String state;

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      Election chosen = desk.election(election);
      Optional<StateCode> scope = desk.state(state, chosen);
      ResultSheet sheet =
          ResultSheet.of(Seats.find(desk, chosen, desk.contests(chosen), query, scope));
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      String stateName = desk.stateName(sheet.contest().constituency().state(), chosen);
      ResultSheetView.write(out, format.format(), chosen, stateName, sheet);
      out.flush();
      return ExitCodes.OK;
    }
  }
}
