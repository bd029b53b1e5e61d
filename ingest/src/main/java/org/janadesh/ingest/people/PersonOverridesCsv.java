package org.janadesh.ingest.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.person.PersonOverride;
import org.janadesh.ingest.registry.InvalidRegistryException;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.CsvFile;
import org.janadesh.ingest.source.CsvRow;
import org.janadesh.ingest.source.FieldCheck;
import org.janadesh.ingest.source.Parsed;
import org.janadesh.ingest.source.Rejection;
import org.janadesh.ingest.source.SourceBytes;

/**
 * Reads {@code people/person_overrides.csv} (PER-4): {@code
 * decision,election_1,state_1,pc_1,name_1,election_2,state_2,pc_2,name_2,reason}, decision {@code
 * same} or {@code different}. The file is reviewed reference data, so a bad row fails the whole
 * file with every problem listed.
 */
public final class PersonOverridesCsv {
  public static final String FILE = "people/person_overrides.csv";
  private static final List<String> COLUMNS =
      List.of(
          "decision",
          "election_1",
          "state_1",
          "pc_1",
          "name_1",
          "election_2",
          "state_2",
          "pc_2",
          "name_2",
          "reason");

  private PersonOverridesCsv() {}

  /** The bundled overrides. */
  public static List<PersonOverride> loadBundled() {
    return read(FILE, BundledData.read(FILE));
  }

  /**
   * The SHA-256 of the bundled overrides file: part of the fingerprint of stored person ids, which
   * are stale once the reviewed overrides change (PER-4).
   */
  public static String bundledSha256() {
    return BundledData.read(FILE).sha256();
  }

  public static List<PersonOverride> read(String file, SourceBytes source) {
    List<Rejection> problems = new ArrayList<>();
    List<PersonOverride> overrides = new ArrayList<>();
    switch (CsvFile.read(file, source, COLUMNS, row -> override(file, row))) {
      case Parsed.Rejected<CsvFile.Rows<Parsed<PersonOverride>>> r ->
          problems.addAll(r.rejections());
      case Parsed.Ok<CsvFile.Rows<Parsed<PersonOverride>>> ok -> {
        for (Parsed<PersonOverride> parsed : ok.value().rows()) {
          switch (parsed) {
            case Parsed.Ok<PersonOverride> v -> overrides.add(v.value());
            case Parsed.Rejected<PersonOverride> r -> problems.addAll(r.rejections());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryException(file, problems);
    }
    return List.copyOf(overrides);
  }

  private static Parsed<PersonOverride> override(String file, CsvRow row) {
    FieldCheck check = new FieldCheck(file, row.line());
    String decision = row.get("decision").trim().toLowerCase(Locale.ROOT);
    PersonOverride.Kind kind =
        switch (decision) {
          case "same" -> PersonOverride.Kind.SAME;
          case "different" -> PersonOverride.Kind.DIFFERENT;
          default -> {
            check.reject("decision", "decision must be same or different: '" + decision + "'");
            yield PersonOverride.Kind.DIFFERENT;
          }
        };
    String reason = check.required("reason", row.get("reason"));
    PersonOverride.Ref first = ref(check, row, "1");
    PersonOverride.Ref second = ref(check, row, "2");
    if (check.failed() || first == null || second == null) {
      return Parsed.rejected(check.problems());
    }
    return Parsed.ok(new PersonOverride(kind, first, second, reason));
  }

  private static PersonOverride.@org.jspecify.annotations.Nullable Ref ref(
      FieldCheck check, CsvRow row, String side) {
    int pc = check.number("pc_" + side, row.get("pc_" + side));
    String name = check.required("name_" + side, row.get("name_" + side));
    ElectionId election;
    StateCode state;
    try {
      election = ElectionId.of(row.get("election_" + side));
    } catch (IllegalArgumentException e) {
      check.reject("election_" + side, String.valueOf(e.getMessage()));
      return null;
    }
    try {
      state = StateCode.of(row.get("state_" + side).trim());
    } catch (IllegalArgumentException e) {
      check.reject("state_" + side, String.valueOf(e.getMessage()));
      return null;
    }
    if (check.failed()) {
      return null;
    }
    return new PersonOverride.Ref(election, state, pc, name);
  }
}
