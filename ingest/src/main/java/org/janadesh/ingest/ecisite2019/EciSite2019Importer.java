package org.janadesh.ingest.ecisite2019;

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

/** Imports format {@code eci-site-2019}, the results site's 2019 candidate table. */
public final class EciSite2019Importer implements Importer {
  public static final String FORMAT = "eci-site-2019";
  public static final String BUNDLED = "ls2019/ls2019_candidates.csv.gz";

  private final Registries registries;

  public EciSite2019Importer(Registries registries) {
    this.registries = registries;
  }

  @Override
  public ImportResult importFrom(String sourceName, InputStream in) {
    return ContestImport.run(new EciSite2019Format(registries), sourceName, in);
  }

  /**
   * The seats the file lists, whether or not each one imports: the file is the record for every
   * seat it lists, so another source may stand in only for seats it does not list (Vellore). Rows
   * whose state code or PC number does not read are left out here; the import rejects them.
   */
  public static Set<ConstituencyId> seatsListed(String sourceName, InputStream in) {
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
                  Delimitations.lokSabha(EciSite2019Converter.YEAR, state).orElseThrow()));
        }
      }
    }
    return seats;
  }
}
