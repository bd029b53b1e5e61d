package org.janadesh.cli.seat;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.Seats;
import org.janadesh.cli.person.Linked;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.person.Careers;
import org.janadesh.core.person.SeatContest;
import org.janadesh.core.result.Contest;
import org.janadesh.server.person.HoldersDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh seat ELECTION NAME}: who held the seat, up to ELECTION, and its sitting member.
 */
@Command(
    name = "seat",
    description =
        "A constituency's holders over time up to ELECTION (member, party, margin) and whether the"
            + " sitting member stood again and lost (docs/rules/people.md).")
public final class SeatCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ELECTION", description = "e.g. ls-2024")
  private String election = "";

  @Parameters(
      index = "1",
      paramLabel = "NAME-OR-NUMBER",
      description = "Name in any spelling or alias, or the number")
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
      Contest contest = Seats.find(desk, chosen, desk.contests(chosen), query, scope);
      Careers careers = Linked.careers(desk);
      List<SeatContest> shown = HoldersDocument.upTo(careers, chosen, contest);
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      HoldersView.write(
          out,
          format.format(),
          careers,
          chosen,
          desk.stateName(contest.constituency().state(), chosen),
          contest,
          shown);
      out.flush();
      return ExitCodes.OK;
    }
  }
}
