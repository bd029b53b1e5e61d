package org.janadesh.ingest.registry;

import java.util.List;
import java.util.Locale;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyKind;
import org.janadesh.core.party.PartyOverride;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Reads {@code parties.csv}: {@code id,name,kind,aliases}, kind {@code party} or {@code
 * independent}, aliases separated by {@code |}. The core registry refuses a label that would name
 * two parties; that refusal is reported as a problem of this file.
 */
public final class PartiesCsv {
  public static final String FILE = "registry/parties.csv";
  public static final String OVERRIDES_FILE = "registry/party_overrides.csv";
  private static final List<String> COLUMNS = List.of("id", "name", "kind", "aliases");
  private static final List<String> OVERRIDE_COLUMNS =
      List.of("source", "label", "from_year", "to_year", "party", "note");

  private PartiesCsv() {}

  /**
   * Reads the parties and their source- and year-scoped overrides ({@code party_overrides.csv}:
   * {@code source,label,from_year,to_year,party,note}).
   */
  public static PartyRegistry read(
      String file, SourceBytes source, String overridesFile, SourceBytes overrides) {
    List<Party> parties = RegistryRows.read(file, source, COLUMNS, row -> party(file, row));
    List<PartyOverride> scoped =
        RegistryRows.read(
            overridesFile, overrides, OVERRIDE_COLUMNS, row -> override(overridesFile, row));
    return RegistryRows.build(file, () -> PartyRegistry.of(parties, scoped));
  }

  private static Parsed<PartyOverride> override(String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String source = check.required("source", row.get("source"));
    String label = check.required("label", row.get("label"));
    int from = check.number("from_year", row.get("from_year"));
    int to = check.number("to_year", row.get("to_year"));
    String party = check.required("party", row.get("party"));
    if (!check.failed() && from > to) {
      check.reject("to_year", "to_year " + to + " is before from_year " + from);
    }
    return check.result(() -> new PartyOverride(source, label, from, to, PartyId.of(party)));
  }

  private static Parsed<Party> party(String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String id = check.required("id", row.get("id"));
    String name = check.required("name", row.get("name"));
    String kindText = row.get("kind").trim().toLowerCase(Locale.ROOT);
    PartyKind kind =
        switch (kindText) {
          case "party" -> PartyKind.PARTY;
          case "independent" -> PartyKind.INDEPENDENT;
          default -> {
            check.reject("kind", "kind must be party or independent: '" + row.get("kind") + "'");
            yield PartyKind.PARTY;
          }
        };
    List<String> aliases = Aliases.split(row.get("aliases"));
    return check.result(() -> new Party(PartyId.of(id), name, kind, aliases));
  }
}
