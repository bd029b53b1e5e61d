package org.janadesh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.janadesh.ingest.source.BundledData;
import org.janadesh.ingest.source.Rejection;

/**
 * Rejections of the bundled data that are known defects of the sources, each checked by hand and
 * listed in {@code data/known_defects.csv} and {@code data/PROVENANCE.md}. They are still reported,
 * but do not fail a bundled import; any other rejection does.
 */
public record KnownDefects(List<Rejection> rejections) {
  public static final String BUNDLED = "known_defects.csv";

  public KnownDefects {
    rejections = List.copyOf(rejections);
  }

  public static KnownDefects loadBundled() {
    try (InputStream in = BundledData.open(BUNDLED);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<Rejection> known = new ArrayList<>();
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(reader)) {
        known.add(
            new Rejection(
                r.get("file"), Long.parseLong(r.get("line")), r.get("field"), r.get("reason")));
      }
      return new KnownDefects(known);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isKnown(Rejection rejection) {
    return rejections.contains(rejection);
  }
}
