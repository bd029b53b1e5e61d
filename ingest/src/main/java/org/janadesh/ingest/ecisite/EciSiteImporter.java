package org.janadesh.ingest.ecisite;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.ContestImport;
import org.janadesh.ingest.source.CsvFile;
import org.janadesh.ingest.source.Delimitations;
import org.janadesh.ingest.source.ImportResult;
import org.janadesh.ingest.source.Importer;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Imports the results site's candidate table in one edition: format {@code eci-site-2024} or {@code
 * eci-site-2019} ({@link EciSiteEdition#format()}).
 */
public final class EciSiteImporter implements Importer {
  private final EciSiteEdition edition;
  private final Registries registries;

  public EciSiteImporter(EciSiteEdition edition, Registries registries) {
    this.edition = edition;
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new EciSiteFormat(edition, registries), sourceName, in);
  }

  /**
   * The seats a file of {@code edition} lists, whether or not each one imports: the file is the
   * record for every seat it lists, so another source may stand in only for seats it does not list
   * (Vellore, in 2019). Rows whose state code or PC number does not read are left out here; the
   * import rejects them.
   */
  public static Set<ConstituencyId> seatsListed(
      EciSiteEdition edition, String sourceName, InputStream in) {
    Set<ConstituencyId> seats = new TreeSet<>();
    Parsed<CsvFile.Rows<List<String>>> read =
        CsvFile.read(
            sourceName,
            SourceBytes.readFrom(in),
            List.of("state_code", "pc_no"),
            row -> List.of(row.get("state_code").trim(), row.get("pc_no").trim()));
    if (read instanceof Parsed.Ok<CsvFile.Rows<List<String>>> ok) {
      for (List<String> key : ok.value().rows()) {
        if (key.get(0).matches("[SU]\\d{2}") && key.get(1).matches("[1-9]\\d{0,3}")) {
          StateCode state = StateCode.of(key.get(0));
          seats.add(
              new ConstituencyId(
                  House.LOK_SABHA,
                  state,
                  Integer.parseInt(key.get(1)),
                  Delimitations.lokSabha(edition.year(), state).orElseThrow()));
        }
      }
    }
    return seats;
  }
}
