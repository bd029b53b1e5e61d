package org.janadesh.cli.tally;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;
import org.janadesh.cli.bloc.Subjects;
import org.janadesh.cli.render.Format;
import org.janadesh.core.alliance.AllianceBook;
import org.janadesh.core.alliance.Bloc;
import org.janadesh.core.election.Election;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.alliances.AlliancesCsv;
import org.janadesh.server.tally.PerformanceReport;
import org.janadesh.server.tally.TallyCounts;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --by} and {@code --bloc} answers of the tally command: options parsed here, counted by
 * {@link TallyCounts} as the API counts them.
 */
final class Performances {
  private Performances() {}

  static void write(
      PrintWriter out,
      Format format,
      Desk desk,
      Election election,
      Optional<StateCode> state,
      String label,
      List<Contest> all,
      @Nullable String by,
      @Nullable String blocText) {
    List<Contest> contests = TallyCounts.inScope(all, state);
    AllianceBook book = AlliancesCsv.loadBundled(desk.registries());
    String mode = by == null ? "party" : by.trim().toLowerCase(java.util.Locale.ROOT);
    PerformanceReport report;
    if (blocText != null) {
      if (mode.equals("alliance")) {
        throw new UserError(
            ExitCodes.USAGE, "--bloc counts one group: use it without --by alliance");
      }
      Bloc bloc = Subjects.bloc(blocText, desk.registries().parties(), book, contests);
      report = TallyCounts.ofBloc(election, label, contests, bloc);
    } else {
      report =
          switch (mode) {
            case "party" -> TallyCounts.byParty(election, label, contests);
            case "alliance" -> {
              if (book.alliances(election.id()).isEmpty()) {
                throw new UserError(
                    ExitCodes.NOT_FOUND,
                    "no alliances are recorded for "
                        + election.id()
                        + " (data/alliances/alliances.csv); use --bloc for a group of your own");
              }
              yield TallyCounts.byAlliance(election, state, label, contests, book);
            }
            default ->
                throw new UserError(
                    ExitCodes.USAGE, "--by must be party or alliance, not '" + by + "'");
          };
    }
    PerformanceView.write(out, format, election, report);
  }
}
