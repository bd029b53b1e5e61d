package org.janadesh.cli.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.bloc.Subjects;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.server.comparison.CompareQuestion;
import org.janadesh.server.comparison.Comparing;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code janadesh compare ELECTION PREVIOUS}: seats, vote share, swing and flips. */
@Command(
    name = "compare",
    description =
        "Compare two elections: seats before and now, vote share, swing; seats held, gained and"
            + " lost; seats that cannot be compared.")
public final class CompareCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ELECTION", description = "e.g. ls-2024")
  private String election = "";

  @Parameters(index = "1", paramLabel = "PREVIOUS", description = "e.g. ls-2019")
  private String previous = "";

  @Option(names = "--party", paramLabel = "PARTY", description = "One party, any spelling")
  private @Nullable String party;

  @Option(
      names = "--bloc",
      paramLabel = "PARTIES",
      description = "Count these parties as one: \"CPI(M),CPI\" or a named group (Left)")
  private @Nullable String bloc;

  @Option(names = "--state", paramLabel = "STATE", description = "Code, abbreviation or name")
  private @Nullable String state;

  @Option(
      names = "--by",
      paramLabel = "party|alliance",
      defaultValue = "party",
      description = "Subjects: parties (default) or each election's alliances")
  private String by = "party";

  @Mixin private FormatOption format = new FormatOption();

  @Override
  public Integer call() {
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      Election now = desk.election(election);
      Election before = desk.election(previous);
      List<Contest> nowContests = inScope(desk, now);
      List<Contest> beforeContests = inScope(desk, before);
      List<Contest> both = new ArrayList<>(nowContests);
      both.addAll(beforeContests);
      var parties = desk.registries().parties();
      AllianceBook book = AlliancesCsv.loadBundled(desk.registries());
      String mode = by.trim().toLowerCase(java.util.Locale.ROOT);
      if (!mode.equals("party") && !mode.equals("alliance")) {
        throw new UserError(ExitCodes.USAGE, "--by must be party or alliance, not '" + by + "'");
      }
      if (party != null && bloc != null) {
        throw new UserError(ExitCodes.USAGE, "give --party or --bloc, not both");
      }
      Bloc chosen = bloc == null ? null : Subjects.bloc(bloc, parties, book, both);
      PartyId focus = party == null ? null : Subjects.party(party, parties, both, "--party");
      ElectionComparison comparison =
          Comparing.compare(
              new CompareQuestion(
                  now,
                  before,
                  scopeOf(desk, now),
                  scopeOf(desk, before),
                  mode.equals("alliance"),
                  chosen,
                  focus),
              nowContests,
              beforeContests,
              book,
              desk.registries().states());
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      CompareView.write(out, format.format(), desk, now, before, comparison);
      out.flush();
      return ExitCodes.OK;
    }
  }

  private Optional<StateCode> scopeOf(Desk desk, Election e) {
    return desk.state(state, e);
  }

  private List<Contest> inScope(Desk desk, Election e) {
    Optional<StateCode> s = scopeOf(desk, e);
    return Comparing.inScope(desk.contests(e), s);
  }
}
