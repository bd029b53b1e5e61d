package org.janadesh.cli.counting.live;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.Seats;
import org.janadesh.cli.counting.OpenCount;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.LeadChange;
import org.janadesh.core.counting.LeadChanges;
import org.janadesh.core.counting.SeatCount;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.server.live.TimelineDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh timeline ELECTION[#LABEL] CONSTITUENCY}: every change of lead in one seat, and
 * its declaration, from {@link LeadChanges} over the seat's logged events.
 */
@Command(
    name = "timeline",
    description =
        "Every change of lead in one constituency during a count (real or TEST): when, who leads,"
            + " who led before, the margin, and the declaration.")
public final class TimelineCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ELECTION[#LABEL]",
      description = "ls-2024 for the real count, ls-2024#snapshots for a test count")
  private String count = "";

  @Parameters(
      index = "1",
      paramLabel = "NAME-OR-NUMBER",
      description = "Name in any spelling or alias (Faizabad, Ayodhya), or the number")
  private String query = "";

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Needed when a name or number is in several states")
  private @Nullable String state;

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk();
        OpenCount opened = OpenCount.existing(desk, count)) {
      Election election = opened.election();
      Optional<StateCode> scope = desk.state(state, election);
      Contest contest = Seats.find(desk, election, opened.contests(), query, scope);
      ElectionCount now = opened.counting().current().value();
      SeatCount seat = now.seat(contest.constituency()).orElseThrow();
      List<LeadChange> changes = LeadChanges.of(seat);
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      TimelineView.write(
          out,
          format.format(),
          new TimelineDocument.Timeline(
              opened.session(),
              election,
              contest,
              Seats.place(desk, election, contest),
              desk.stateName(contest.constituency().state(), election),
              now.sequence(),
              seat.status(),
              changes));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
