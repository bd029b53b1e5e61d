package org.janadesh.cli.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.bloc.Subjects;
import org.janadesh.cli.render.FormatOption;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.comparison.Comparisons;
import org.janadesh.core.comparison.ElectionComparison;
import org.janadesh.core.comparison.Side;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.alliances.AlliancesCsv;
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
      Function<PartyId, String> nowSubject = PartyId::value;
      Function<PartyId, String> beforeSubject = PartyId::value;
      String focus = null;
      if (bloc != null) {
        Bloc chosen = Subjects.bloc(bloc, parties, book, both);
        nowSubject = chosen::subjectOf;
        beforeSubject = chosen::subjectOf;
        focus = chosen.name();
      } else if (mode.equals("alliance")) {
        var nowMembers = book.membership(now.id(), scopeOf(desk, now));
        var beforeMembers = book.membership(before.id(), scopeOf(desk, before));
        nowSubject = nowMembers::subjectOf;
        beforeSubject = beforeMembers::subjectOf;
      }
      if (party != null) {
        PartyId id = Subjects.party(party, parties, both, "--party");
        focus = mode.equals("alliance") ? nowSubject.apply(id) : id.value();
      }
      String scope =
          state == null ? "India" : desk.stateName(scopeOf(desk, now).orElseThrow(), now);
      ElectionComparison comparison =
          Comparisons.compare(
              scope,
              Side.of(before.id(), beforeContests, beforeSubject),
              Side.of(now.id(), nowContests, nowSubject));
      if (focus != null) {
        comparison = comparison.about(focus);
      }
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
    List<Contest> all = desk.contests(e);
    return s.map(code -> all.stream().filter(c -> c.constituency().state().equals(code)).toList())
        .orElse(all);
  }
}
