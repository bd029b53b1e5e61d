package org.janadesh.ingest.ecisite;

import java.util.ArrayList;
import java.util.List;
import org.janadesh.ingest.Csv;

/** Builds small results-site 2024 files, with the real file's full header. */
final class EciRows {
  static final String HEADER =
      "year,state_code,state_name,state_name_upper_eci,pc_no,pc_name,osn,candidate,party,"
          + "party_abbr,evm_votes,postal_votes,total_votes,vote_share_pct_eci,rank,is_winner,"
          + "margin,is_nota,uncontested,postal_dash";

  private final List<String> lines = new ArrayList<>(List.of(HEADER));

  /** A candidate (or NOTA, by name) in Faizabad, S24/54. */
  EciRows faizabad(
      int osn, String candidate, String party, String evm, String postal, String total) {
    return row("S24", "Uttar Pradesh", 54, "FAIZABAD", osn, candidate, party, evm, postal, total);
  }

  EciRows row(
      String stateCode,
      String stateName,
      int pcNo,
      String pcName,
      int osn,
      String candidate,
      String party,
      String evm,
      String postal,
      String total) {
    lines.add(
        String.join(
            ",",
            "2024",
            stateCode,
            stateName,
            stateName.toUpperCase(java.util.Locale.ROOT),
            Integer.toString(pcNo),
            pcName,
            Integer.toString(osn),
            candidate,
            party,
            "",
            evm,
            postal,
            total,
            "",
            "",
            "",
            "",
            Boolean.toString(candidate.equals("NOTA")),
            "False",
            "False"));
    return this;
  }

  EciRows raw(String line) {
    lines.add(line);
    return this;
  }

  String text() {
    return Csv.lines(lines.toArray(String[]::new));
  }
}
