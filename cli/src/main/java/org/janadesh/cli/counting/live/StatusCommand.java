package org.janadesh.cli.counting.live;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.counting.Moments;
import org.janadesh.cli.counting.OpenCount;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.LiveGroupings;
import org.janadesh.core.counting.ElectionCount;
import org.janadesh.core.counting.Grouping;
import org.janadesh.core.counting.LiveTallies;
import org.janadesh.core.counting.LiveTally;
import org.janadesh.core.counting.WonLeading;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.server.live.StatusDocument;
import org.janadesh.store.counting.CountRead;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh status ELECTION[#LABEL]}: Won / Leading / Total of a count from {@link
 * LiveTallies}, by party or by alliance, now or as of a log sequence or a moment.
 */
@Command(
    name = "status",
    description =
        "Counting-day Won / Leading / Total of the real count (ELECTION) or a TEST count"
            + " (ELECTION#LABEL), for India or one state, by party or alliance, now or as of a"
            + " moment.")
public final class StatusCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ELECTION[#LABEL]",
      description = "ls-2024 for the real count, ls-2024#syn-seed-1 for a test count")
  private String count = "";

  @Option(
      names = "--as-of",
      paramLabel = "TIME",
      description =
          "As a reader saw it then: 2024-06-04T14:00 (IST), 2024-06-04T14:00+05:30 or"
              + " 2024-06-04T08:30:00Z")
  private @Nullable String asOf;

  @Option(names = "--seq", paramLabel = "N", description = "As of log sequence N")
  private @Nullable Long seq;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Code, abbreviation or name: S24, up, Uttar Pradesh")
  private @Nullable String state;

  @Option(
      names = "--by",
      paramLabel = "party|alliance",
      defaultValue = "party",
      description = "Per party or per alliance (default: ${DEFAULT-VALUE})")
  private String by = "party";

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    boolean byAlliance =
        switch (by.trim().toLowerCase(java.util.Locale.ROOT)) {
          case "party" -> false;
          case "alliance" -> true;
          default ->
              throw new UserError(ExitCodes.USAGE, "--by is party or alliance: '" + by + "'");
        };
    if (asOf != null && seq != null) {
      throw new UserError(ExitCodes.USAGE, "give --as-of or --seq, not both");
    }
    Long at = seq;
    if (at != null && at < 0) {
      throw new UserError(ExitCodes.USAGE, "--seq must be 0 or more: " + at);
    }
    try (Desk desk = Objects.requireNonNull(root).desk();
        OpenCount opened = OpenCount.existing(desk, count)) {
      Election election = opened.election();
      Optional<StateCode> scope = desk.state(state, election);
      String asOfText = asOf;
      CountRead<ElectionCount> read =
          asOfText != null
              ? opened.counting().asOfTime(Moments.parse(asOfText, "--as-of"))
              : at != null ? opened.counting().asOfSequence(at) : opened.counting().current();
      ElectionCount state = read.value();
      String label = scope.map(s -> desk.stateName(s, election)).orElse("India");
      LiveTally<String> tally;
      Function<String, String> name;
      if (byAlliance) {
        AllianceBook book = AlliancesCsv.loadBundled(desk.registries());
        if (book.alliances(election.id()).isEmpty()) {
          throw new UserError(
              ExitCodes.NOT_FOUND, "no alliances are recorded for " + election.id());
        }
        Grouping grouping =
            scope.isPresent()
                ? LiveGroupings.byState(book, election.id())
                : LiveGroupings.national(book, election.id());
        tally =
            scope.isPresent()
                ? LiveTallies.byGroup(state, label, scope.get(), grouping)
                : LiveTallies.byGroup(state, grouping);
        name = key -> "";
      } else {
        LiveTally<PartyId> parties =
            scope.isPresent()
                ? LiveTallies.byParty(state, label, scope.get())
                : LiveTallies.byParty(state);
        tally = byName(parties);
        name = key -> desk.registries().parties().party(new PartyId(key)).name();
      }
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      StatusView.write(
          out,
          format.format(),
          new StatusDocument.Status(
              opened.session(),
              election,
              state.sequence(),
              Entries.receivedAt(opened.counting(), state.sequence()),
              byAlliance ? "alliance" : "party",
              tally),
          name);
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static LiveTally<String> byName(LiveTally<PartyId> parties) {
    return new LiveTally<>(
        parties.scope(),
        parties.progress(),
        parties.lines().stream()
            .map(l -> new WonLeading<>(l.key().value(), l.won(), l.leading()))
            .toList());
  }
}
