package org.janadesh.ingest.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.tcpd.TcpdImporter;

/**
 * Test-only reader of TCPD's own person columns (pid, Incumbent, No_Terms), which production code
 * never reads: they are the oracle the linkage is compared with, never an input to it.
 */
record TcpdPersonColumns(
    String state,
    int lokSabha,
    int year,
    int pollNo,
    int pc,
    int position,
    String candidate,
    String pid,
    boolean incumbent,
    int noTerms) {

  static List<TcpdPersonColumns> readBundled() {
    List<TcpdPersonColumns> rows = new ArrayList<>();
    try (InputStream in = BundledData.openContent(TcpdImporter.BUNDLED);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (CSVRecord r : parser) {
        if (r.get("Candidate").trim().equalsIgnoreCase("NOTA")) {
          continue;
        }
        rows.add(
            new TcpdPersonColumns(
                r.get("State_Name"),
                Integer.parseInt(r.get("Assembly_No").trim()),
                Integer.parseInt(r.get("Year").trim()),
                Integer.parseInt(r.get("Poll_No").trim()),
                Integer.parseInt(r.get("Constituency_No").trim()),
                Integer.parseInt(r.get("Position").trim()),
                r.get("Candidate"),
                r.get("pid"),
                r.get("Incumbent").trim().equalsIgnoreCase("TRUE"),
                r.get("No_Terms").isBlank() ? 0 : Integer.parseInt(r.get("No_Terms").trim())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }
}
