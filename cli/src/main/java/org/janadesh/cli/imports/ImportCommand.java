package org.janadesh.cli.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.janadesh.cli.Desk;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.Janadesh;
import org.janadesh.cli.UserError;
import org.janadesh.cli.person.Linked;
import org.janadesh.core.archive.SaveReport;
import org.janadesh.ingest.BundledImport;
import org.janadesh.ingest.Importers;
import org.janadesh.ingest.KnownDefects;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.ImportResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code janadesh import --bundled} or {@code janadesh import FILE --format NAME}: reads, reports
 * every rejection with file, line, field and reason, and saves all or nothing.
 */
@Command(
    name = "import",
    description =
        "Import the bundled data, or one file of a named format, into the store in one"
            + " transaction. Rejected rows are listed with file, line, field and reason; with any"
            + " rejection nothing is saved unless --allow-rejects.")
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand private @Nullable Janadesh root;

  @Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  private Source source = new Source();

  /** Either the bundled data or one file with its format. */
  static final class Source {
    @Option(names = "--bundled", description = "Import every file bundled with Janadesh")
    boolean bundled;

    @ArgGroup(exclusive = false)
    @Nullable OneFile file;
  }

  /** A file and the format it is in. */
  static final class OneFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file, plain or gzip")
    Path path = Path.of("");

    @Option(
        names = "--format",
        required = true,
        paramLabel = "NAME",
        description =
            "eci-site-2024, eci-site-2019, tcpd-ge, indiavotes-winners, tcpd-ae,"
                + " news-top-candidates")
    String format = "";
  }

  @Option(
      names = "--allow-rejects",
      description = "Save the contests that imported cleanly even if others were rejected")
  private boolean allowRejects;

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Desk desk = Objects.requireNonNull(root).desk()) {
      KnownDefects known =
          source.bundled ? KnownDefects.loadBundled() : new KnownDefects(List.of());
      err.println("janadesh: reading " + (source.bundled ? "the bundled data" : describe()) + "…");
      err.flush();
      List<ImportResult> results = source.bundled ? bundled(desk) : List.of(oneFile(desk));
      ImportSummary summary = ImportSummary.of(results, known);
      summary.print(out);
      if (summary.unexpectedRejections() > 0 && !allowRejects) {
        out.flush();
        throw new UserError(
            ExitCodes.REJECTED,
            summary.unexpectedRejections()
                + " row(s) rejected; nothing was saved (fix the file, or --allow-rejects to save"
                + " the contests that imported cleanly)");
      }
      SaveReport report = desk.archive().save(summary.batch());
      out.println(
          "Saved to "
              + desk.db()
              + ": elections "
              + report.electionsAdded()
              + " added, "
              + report.electionsUnchanged()
              + " unchanged; contests "
              + report.contestsAdded()
              + " added, "
              + report.contestsReplaced()
              + " replaced, "
              + report.contestsUnchanged()
              + " unchanged"
              + (report.changedNothing() ? " (nothing changed)" : ""));
      out.flush();
      // Person ids are computed here, once per change of the archive, so that `person` and `seat`
      // read them instead of linking every Lok Sabha candidacy on each question (PER-4).
      Linked.Persons persons = Linked.people(desk);
      out.println(
          "Persons: "
              + persons.people().careers().size()
              + " across "
              + persons.people().candidacies().size()
              + " Lok Sabha candidacies"
              + (persons.linkedNow() ? " (linked now)" : " (stored links still current)"));
      out.flush();
      return ExitCodes.OK;
    }
  }

  private String describe() {
    OneFile file = Objects.requireNonNull(source.file);
    return file.path + " as " + file.format;
  }

  private static List<ImportResult> bundled(Desk desk) {
    return BundledImport.run(desk.registries());
  }

  private ImportResult oneFile(Desk desk) {
    OneFile file = Objects.requireNonNull(source.file);
    Importers.Format format;
    try {
      format = Importers.forFormat(file.format);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, String.valueOf(e.getMessage()));
    }
    if (!Files.isRegularFile(file.path)) {
      throw new UserError(ExitCodes.NOT_FOUND, "no such file: " + file.path);
    }
    try (InputStream in = BundledData.openFile(file.path)) {
      return format.importer(desk.registries()).importFrom(file.path.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
