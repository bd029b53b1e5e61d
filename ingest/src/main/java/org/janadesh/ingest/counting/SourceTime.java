package org.janadesh.ingest.counting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.janadesh.ingest.source.FieldCheck;

/** Scrape times as the snapshot files write them: {@code 2024-06-04 16:31:48}, Indian time. */
final class SourceTime {
  /** India has one time zone and no daylight saving: IST is UTC+05:30 all year. */
  static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private SourceTime() {}

  static Instant read(FieldCheck check, String field, String text) {
    try {
      return LocalDateTime.parse(text.trim(), FORMAT).toInstant(IST);
    } catch (DateTimeParseException e) {
      check.reject(field, field + " is not a time like 2024-06-04 16:31:48: '" + text + "'");
      return Instant.EPOCH;
    }
  }
}
