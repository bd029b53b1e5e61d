package org.janadesh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.janadesh.core.archive.ImportBatch;
import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.result.Contest;
import org.janadesh.ingest.ecisite2019.EciSite2019Importer;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.tcpd.TcpdImporter;
import org.jspecify.annotations.Nullable;

/**
 * Imports every bundled file, in a fixed order: {@code eci-site-2024}, {@code eci-site-2019},
 * {@code tcpd-ge}, {@code indiavotes-winners}, {@code tcpd-ae}, {@code news-top-candidates}. Each
 * result names its file; the order is the order of {@link Importers#formats()}.
 *
 * <p>Precedence where two files cover one election. Lok Sabha 2019 is in both the ECI results-site
 * file and TCPD's, and the two differ by a few votes on some rows (the site's counting-day figures
 * against the later statistical report). The ECI site is the record for {@code ls-2019}: TCPD's
 * result keeps an {@code ls-2019} contest only for a seat the ECI file does not list at all, which
 * in the bundled data is Vellore alone (polled in August 2019, after the site's scrape), so that
 * {@code ls-2019} has its 543 seats. A seat the ECI file lists but could not import is not filled
 * from TCPD: its rejections stand instead of a silent switch of source. TCPD's batch then describes
 * {@code ls-2019} exactly as the ECI batch does, so either batch can be stored first. No other
 * bundled files overlap: the winners file is taken for 1952 and 1957 only, which no other file
 * covers.
 */
public final class BundledImport {
  private static final ElectionId LS_2019 = ElectionId.lokSabha(2019);

  private BundledImport() {}

  public static List<ImportResult> run(Registries registries) {
    List<ImportResult> results = new ArrayList<>();
    Set<ConstituencyId> eci2019Seats;
    try (InputStream in = BundledData.open(EciSite2019Importer.BUNDLED)) {
      eci2019Seats = EciSite2019Importer.seatsListed(EciSite2019Importer.BUNDLED, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Election eci2019Election = null;
    for (Importers.Format format : Importers.formats()) {
      ImportResult result = importBundled(format, registries);
      if (format.name().equals(EciSite2019Importer.FORMAT)) {
        eci2019Election =
            result.batch().elections().stream()
                .filter(e -> e.id().equals(LS_2019))
                .findFirst()
                .orElse(null);
      }
      if (format.name().equals(TcpdImporter.FORMAT)) {
        result = withoutSeatsTheEciFileHas(result, eci2019Seats, eci2019Election);
      }
      results.add(result);
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

  private static ImportResult withoutSeatsTheEciFileHas(
      ImportResult tcpd, Set<ConstituencyId> eciSeats, @Nullable Election eciElection) {
    ImportBatch batch = tcpd.batch();
    List<Contest> contests =
        batch.contests().stream()
            .filter(c -> !(c.election().equals(LS_2019) && eciSeats.contains(c.constituency())))
            .toList();
    boolean anyLs2019 = contests.stream().anyMatch(c -> c.election().equals(LS_2019));
    List<Election> elections =
        batch.elections().stream()
            .filter(e -> !e.id().equals(LS_2019) || anyLs2019)
            .map(e -> e.id().equals(LS_2019) && eciElection != null ? eciElection : e)
            .toList();
    return new ImportResult(
        tcpd.source(),
        new ImportBatch(batch.source(), batch.sha256(), elections, contests),
        tcpd.rejections(),
        tcpd.rowsRead(),
        tcpd.rejectedByReason());
  }
}
