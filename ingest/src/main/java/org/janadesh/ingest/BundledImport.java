package org.janadesh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.ecisite.EciSiteEdition;
import org.janadesh.ingest.ecisite.EciSiteImporter;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * Imports every bundled file, in a fixed order: {@code eci-site-2024}, {@code eci-site-2019},
 * {@code tcpd-ge}, {@code indiavotes-winners}, {@code tcpd-ae}, {@code news-top-candidates} (the
 * order of {@link Importers#formats()}); each result is named by its file's path under {@code
 * data/}.
 *
 * <p>Precedence where two files cover one election. Lok Sabha 2019 is in both the ECI results-site
 * file and TCPD's, and the two differ by a few votes on some rows (the site's counting-day figures
 * against the later statistical report). The ECI site is the record for {@code ls-2019}: TCPD's
 * result keeps an {@code ls-2019} contest only for a seat the ECI file does not list at all, which
 * in the bundled data is Vellore alone (polled in August 2019, after the site was scraped), so that
 * {@code ls-2019} has its 543 seats. A seat the ECI file lists but could not import is not filled
 * from TCPD: its rejections stand rather than a silent change of source. TCPD's batch then carries
 * the ECI batch's description of {@code ls-2019}, so the two batches agree on the election and
 * either can be stored first. No other bundled files overlap: the winners file is taken for 1952
 * and 1957 only, which no other file covers.
 */
public final class BundledImport {
  private static final ElectionId LS_2019 = ElectionId.lokSabha(2019);
  private static final EciSiteEdition ECI_2019 = EciSiteEdition.LS_2019;

  private BundledImport() {}

  /** Imports every bundled file and applies the precedence rules. */
  public static List<ImportResult> run(Registries registries) {
    return withPrecedence(importEach(registries), eci2019SeatsListed());
  }

  /** Imports every bundled file as its importer reads it, before any precedence rule. */
  public static List<ImportResult> importEach(Registries registries) {
    List<ImportResult> results = new ArrayList<>();
    for (Importers.Format format : Importers.formats()) {
      results.add(importBundled(format, registries));
    }
    return List.copyOf(results);
  }

  /** Imports one bundled file with its format's importer, named by its path under data/. */
  public static ImportResult importBundled(Importers.Format format, Registries registries) {
    try (InputStream in = BundledData.open(format.bundledFile())) {
      return format.importer(registries).importFrom(format.bundledFile(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 2019 seats the bundled ECI results-site file lists. */
  public static Set<ConstituencyId> eci2019SeatsListed() {
    try (InputStream in = BundledData.open(ECI_2019.bundledFile())) {
      return EciSiteImporter.seatsListed(ECI_2019, ECI_2019.bundledFile(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Applies the precedence rules to the bundled imports: from TCPD's result, drops the {@code
   * ls-2019} contests of seats the ECI file lists ({@code eci2019Seats}) and takes the ECI batch's
   * description of the election. Other results pass unchanged.
   */
  public static List<ImportResult> withPrecedence(
      List<ImportResult> imported, Set<ConstituencyId> eci2019Seats) {
    Optional<Election> eciElection =
        imported.stream()
            .filter(r -> r.source().equals(ECI_2019.bundledFile()))
            .flatMap(r -> r.batch().elections().stream())
            .filter(e -> e.id().equals(LS_2019))
            .findFirst();
    return imported.stream()
        .map(
            r ->
                r.source().equals(TcpdImporter.BUNDLED)
                    ? withoutSeatsTheEciFileHas(r, eci2019Seats, eciElection)
                    : r)
        .toList();
  }

  private static ImportResult withoutSeatsTheEciFileHas(
      ImportResult tcpd, Set<ConstituencyId> eciSeats, Optional<Election> eciElection) {
    ImportBatch batch = tcpd.batch();
    List<Contest> contests =
        batch.contests().stream()
            .filter(c -> !(c.election().equals(LS_2019) && eciSeats.contains(c.constituency())))
            .toList();
    boolean keepsLs2019 = contests.stream().anyMatch(c -> c.election().equals(LS_2019));
    List<Election> elections =
        batch.elections().stream()
            .filter(e -> !e.id().equals(LS_2019) || keepsLs2019)
            .map(e -> e.id().equals(LS_2019) ? eciElection.orElse(e) : e)
            .toList();
    return new ImportResult(
        tcpd.source(),
        new ImportBatch(batch.source(), batch.sha256(), elections, contests),
        tcpd.rejections(),
        tcpd.rowsRead(),
        tcpd.rejectedByReason());
  }
}
