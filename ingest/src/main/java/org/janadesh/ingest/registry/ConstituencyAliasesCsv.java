package org.janadesh.ingest.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.janadesh.core.geography.ConstituencyAlias;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.text.MatchKey;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Reads {@code constituency_aliases.csv}: {@code house,state,number,delimitation,alias}, house
 * {@code ls} or {@code ae}. Each row is one more name a constituency of one delimitation order is
 * known by; the same alias twice for one constituency is refused as a copying slip.
 */
public final class ConstituencyAliasesCsv {
  public static final String FILE = "registry/constituency_aliases.csv";
  private static final List<String> COLUMNS =
      List.of("house", "state", "number", "delimitation", "alias");

  private ConstituencyAliasesCsv() {}

  public static List<ConstituencyAlias> read(String file, SourceBytes source) {
    List<ConstituencyAlias> aliases =
        RegistryRows.read(file, source, COLUMNS, row -> alias(file, row));
    Set<String> seen = new HashSet<>();
    List<Rejection> repeats = new ArrayList<>();
    for (ConstituencyAlias a : aliases) {
      if (!seen.add(a.constituency() + "|" + MatchKey.of(a.alias()))) {
        repeats.add(
            new Rejection(
                file, 1, "alias", "alias '" + a.alias() + "' of " + a.constituency() + " repeats"));
      }
    }
    if (!repeats.isEmpty()) {
      throw new InvalidRegistryException(file, repeats);
    }
    return List.copyOf(aliases);
  }

  private static Parsed<ConstituencyAlias> alias(String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String houseText = row.get("house").trim().toLowerCase(Locale.ROOT);
    House house = null;
    for (House h : House.values()) {
      if (h.prefix().equals(houseText)) {
        house = h;
      }
    }
    if (house == null) {
      check.reject("house", "house must be ls or ae: '" + row.get("house") + "'");
    }
    String state = check.required("state", row.get("state"));
    if (!state.matches("[SUX]\\d{2}")) {
      check.reject("state", "not a state code (S01, U05, X01…): '" + state + "'");
    }
    int number = check.number("number", row.get("number"));
    int order = check.number("delimitation", row.get("delimitation"));
    if (!check.failed() && (order < 1950 || order > 2100)) {
      check.reject(
          "delimitation", "not a delimitation order year: '" + row.get("delimitation") + "'");
    }
    String alias = check.required("alias", row.get("alias"));
    House h = house == null ? House.LOK_SABHA : house;
    return check.result(
        () ->
            new ConstituencyAlias(
                new ConstituencyId(h, StateCode.of(state), number, Delimitation.of(order)), alias));
  }
}
