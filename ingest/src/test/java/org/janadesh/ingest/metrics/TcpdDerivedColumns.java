package org.janadesh.ingest.metrics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.Labels;

/**
 * Test-only reader of TCPD's derived columns (Margin, Margin_Percentage, Vote_Share_Percentage,
 * Turnout_Percentage, Deposit_Lost, ENOP), which the importer deliberately does not read. Rows are
 * grouped into contests by the same key and in the same order as the importer's {@code TcpdFormat}
 * (state, Lok Sabha, PC, year, poll), so the n-th group is the n-th contest the importer saw.
 */
final class TcpdDerivedColumns {
  private TcpdDerivedColumns() {}

  static List<List<TcpdDerivedRow>> contests(String dataPath) {
    Map<List<String>, List<TcpdDerivedRow>> byKey = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader =
        new InputStreamReader(BundledData.openContent(dataPath), StandardCharsets.UTF_8)) {
      for (CSVRecord r : format.parse(reader)) {
        List<String> key =
            List.of(
                r.get("State_Name").trim(),
                r.get("Assembly_No").trim(),
                r.get("Constituency_No").trim(),
                r.get("Year").trim(),
                r.get("Poll_No").trim());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row(r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(byKey.values());
  }

  private static TcpdDerivedRow row(CSVRecord r) {
    String votes = r.get("Votes").trim();
    String deposit = r.get("Deposit_Lost").trim();
    String electors = r.get("Electors").trim();
    return new TcpdDerivedRow(
        // CSV line: the header is line 1 (no field of this file spans lines).
        r.getRecordNumber() + 1,
        r.get("State_Name").trim(),
        r.get("Year").trim(),
        r.get("Constituency_No").trim(),
        electors.isEmpty() ? null : Long.valueOf(electors),
        r.get("Candidate").trim(),
        r.get("Party").trim(),
        Integer.parseInt(r.get("Position").trim()),
        Labels.isNota(r.get("Candidate"), r.get("Party")),
        votes.isEmpty() ? -1 : Long.parseLong(votes),
        number(r.get("Margin")),
        number(r.get("Margin_Percentage")),
        number(r.get("Vote_Share_Percentage")),
        number(r.get("Turnout_Percentage")),
        deposit.isEmpty() ? Optional.empty() : Optional.of(deposit.equals("yes")),
        number(r.get("ENOP")));
  }

  private static Optional<BigDecimal> number(String cell) {
    String t = cell.trim();
    return t.isEmpty() || t.equalsIgnoreCase("nan")
        ? Optional.empty()
        : Optional.of(new BigDecimal(t));
  }
}
