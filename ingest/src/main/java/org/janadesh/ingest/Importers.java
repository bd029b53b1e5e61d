package org.janadesh.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.janadesh.ingest.assembly.AssemblyImporter;
import org.janadesh.ingest.ecisite.EciSiteEdition;
import org.janadesh.ingest.ecisite.EciSiteImporter;
import org.janadesh.ingest.news.NewsImporter;
import org.janadesh.ingest.registry.Registries;
import org.janadesh.ingest.source.Importer;
import org.janadesh.ingest.tcpd.TcpdImporter;
import org.janadesh.ingest.winners.WinnersImporter;

/** The source formats by the names {@code janadesh import FILE --format NAME} accepts. */
public final class Importers {
  /** A source format: its name, the bundled file in that format, and how to make its importer. */
  public record Format(
      String name, String bundledFile, String description, Function<Registries, Importer> factory) {
    public Importer importer(Registries registries) {
      return factory.apply(registries);
    }
  }

  private static final List<Format> FORMATS =
      List.of(
          new Format(
              EciSiteEdition.LS_2024.format(),
              EciSiteEdition.LS_2024.bundledFile(),
              "ECI results site, Lok Sabha 2024: EVM and postal votes per candidate",
              r -> new EciSiteImporter(EciSiteEdition.LS_2024, r)),
          new Format(
              EciSiteEdition.LS_2019.format(),
              EciSiteEdition.LS_2019.bundledFile(),
              "ECI results site, Lok Sabha 2019: EVM, postal and migrant votes per candidate",
              r -> new EciSiteImporter(EciSiteEdition.LS_2019, r)),
          new Format(
              TcpdImporter.FORMAT,
              TcpdImporter.BUNDLED,
              "TCPD Lok Sabha candidates, 1962–2019 general elections and by-elections",
              TcpdImporter::new),
          new Format(
              WinnersImporter.FORMAT,
              WinnersImporter.BUNDLED,
              "indiavotes Lok Sabha winners; imports 1952 and 1957 only",
              WinnersImporter::new),
          new Format(
              AssemblyImporter.FORMAT,
              AssemblyImporter.BUNDLED,
              "TCPD assembly candidates (via ElectionLens), no NOTA lines",
              AssemblyImporter::new),
          new Format(
              NewsImporter.FORMAT,
              NewsImporter.BUNDLED,
              "leading candidates of an assembly contest as reported in the news",
              NewsImporter::new));

  private Importers() {}

  /** Every format, in the order {@link BundledImport} imports their bundled files. */
  public static List<Format> formats() {
    return FORMATS;
  }

  public static Optional<Format> find(String name) {
    return FORMATS.stream().filter(f -> f.name().equals(name.trim())).findFirst();
  }

  /** The format of that name; fails listing the known formats. */
  public static Format forFormat(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '"
                        + name
                        + "'; known formats: "
                        + FORMATS.stream().map(Format::name).collect(Collectors.joining(", "))));
  }
}
