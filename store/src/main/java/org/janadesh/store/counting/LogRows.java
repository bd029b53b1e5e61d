package org.janadesh.store.counting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.janadesh.core.counting.CountingEvent;
import org.janadesh.core.counting.LogEntry;
import org.janadesh.core.counting.Quarantined;
import org.janadesh.core.counting.Submission;
import org.janadesh.core.counting.UpdateCodec;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;
import org.janadesh.core.geography.Delimitation;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.rules.Verdict;
import org.jspecify.annotations.Nullable;

/** Writes and reads rows of {@code count_log} and {@code count_quarantine_reason}. */
final class LogRows {
  /** Nine fraction digits always, so that the stored text sorts in time order. */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final String ACCEPTED = "accepted";
  private static final String QUARANTINED = "quarantined";

  private LogRows() {}

  /**
   * The instant as stored: {@code 2024-06-04T11:01:48.000000000Z}, nine fraction digits always.
   * Written by hand because it runs twice per appended row inside the write transaction, where
   * {@link DateTimeFormatter} cost more than the insert's own binding; {@code LogRowsTest} checks
   * it against the formatter.
   */
  static String instant(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < 0 || seconds >= LAST_FOUR_DIGIT_YEAR) {
      return INSTANT.format(instant);
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    char[] c = new char[30];
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    c[19] = '.';
    digits(c, 20, instant.getNano(), 9);
    c[29] = 'Z';
    return new String(c);
  }

  /** Seconds from the epoch to 10000-01-01T00:00:00Z: later years have more than four digits. */
  private static final long LAST_FOUR_DIGIT_YEAR = 253_402_300_800L;

  private static void digits(char[] c, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  /** The formatter the hand-written {@link #instant} must agree with. */
  static String instantByFormatter(Instant instant) {
    return INSTANT.format(instant);
  }

  /** One log row's text columns, written before the write transaction. */
  record Row(LogEntry entry, String published, String received, String payload) {}

  /** The rows of {@code entries} as {@code codec} and {@link #instant} write them. */
  static List<Row> encode(List<LogEntry> entries, UpdateCodec codec) {
    List<Row> rows = new ArrayList<>(entries.size());
    for (LogEntry entry : entries) {
      Submission s = entry.submission();
      rows.add(
          new Row(entry, instant(s.published()), instant(s.received()), codec.encode(s.update())));
    }
    return rows;
  }

  /**
   * The log's order ({@link LogOrder}, ADR 0011): {@code batches} must continue the count's last
   * row. Read once per transaction, under the write lock the caller holds, so no other writer can
   * slip a row between this check and the insert.
   */
  static void checkOrder(Connection connection, CountId count, List<List<Row>> batches)
      throws SQLException {
    long last = 0;
    @Nullable Instant lastReceived = null;
    try (PreparedStatement tail =
        connection.prepareStatement(
            "SELECT sequence, received FROM count_log WHERE count_id = ?"
                + " ORDER BY sequence DESC LIMIT 1")) {
      tail.setString(1, count.value());
      try (ResultSet row = tail.executeQuery()) {
        if (row.next()) {
          last = row.getLong(1);
          lastReceived = Instant.parse(row.getString(2));
        }
      }
    }
    for (List<Row> batch : batches) {
      for (Row r : batch) {
        LogEntry e = r.entry();
        LogOrder broken = LogOrder.broken(last, lastReceived, e);
        if (broken != null) {
          throw new SQLException(
              "count_log: "
                  + broken.rule()
                  + " (entry "
                  + e.sequence()
                  + " received at "
                  + e.submission().received()
                  + " after entry "
                  + last
                  + (lastReceived == null ? "" : " received at " + lastReceived)
                  + ")");
        }
        last = e.sequence();
        lastReceived = e.submission().received();
      }
    }
  }

  /** Inserts every row of {@code batches}, in order; the caller holds the transaction. */
  static void insert(Connection connection, CountId count, List<List<Row>> batches)
      throws SQLException {
    try (PreparedStatement log =
            connection.prepareStatement(
                """
                INSERT INTO count_log (count_id, sequence, election_id, house, state_code, number,
                    delimitation, published, received, idempotency_key, kind, payload, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
        PreparedStatement reason =
            connection.prepareStatement(
                """
                INSERT INTO count_quarantine_reason (count_id, sequence, position, rule_id, evidence)
                VALUES (?, ?, ?, ?, ?)
                """)) {
      boolean rows = false;
      boolean reasons = false;
      for (List<Row> batch : batches) {
        for (Row row : batch) {
          LogEntry entry = row.entry();
          Submission s = entry.submission();
          ConstituencyId c = s.constituency();
          log.setString(1, count.value());
          log.setLong(2, entry.sequence());
          log.setString(3, s.election().value());
          log.setString(4, c.house().prefix());
          log.setString(5, c.state().value());
          log.setInt(6, c.number());
          log.setInt(7, c.delimitation().year());
          log.setString(8, row.published());
          log.setString(9, row.received());
          log.setString(10, s.key());
          log.setString(11, s.update().kind());
          log.setString(12, row.payload());
          log.setString(
              13,
              switch (entry) {
                case CountingEvent e -> ACCEPTED;
                case Quarantined q -> QUARANTINED;
              });
          log.addBatch();
          rows = true;
          if (entry instanceof Quarantined q) {
            for (int i = 0; i < q.broken().size(); i++) {
              Verdict v = q.broken().get(i);
              reason.setString(1, count.value());
              reason.setLong(2, q.sequence());
              reason.setInt(3, i);
              reason.setString(4, v.ruleId());
              reason.setString(5, v.evidence());
              reason.addBatch();
              reasons = true;
            }
          }
        }
      }
      if (rows) {
        log.executeBatch();
      }
      if (reasons) {
        reason.executeBatch();
      }
    }
  }

  /** Entries numbered above {@code after}, at most {@code limit}, with their broken rules. */
  static List<LogEntry> read(
      Connection connection, CountId count, long after, int limit, UpdateCodec codec)
      throws SQLException {
    List<LogEntry> entries = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            """
            SELECT l.sequence, l.election_id, l.house, l.state_code, l.number, l.delimitation,
                l.published, l.received, l.idempotency_key, l.payload, l.status,
                r.rule_id, r.evidence
            FROM (SELECT * FROM count_log WHERE count_id = ?1 AND sequence > ?2
                  ORDER BY sequence LIMIT ?3) AS l
            LEFT JOIN count_quarantine_reason AS r
                ON r.count_id = ?1 AND r.sequence = l.sequence
            ORDER BY l.sequence, r.position
            """)) {
      select.setString(1, count.value());
      select.setLong(2, after);
      select.setInt(3, limit);
      try (ResultSet row = select.executeQuery()) {
        boolean more = row.next();
        while (more) {
          long sequence = row.getLong(1);
          Submission s = submission(row, codec);
          String status = row.getString(11);
          if (status.equals(ACCEPTED)) {
            entries.add(s.at(sequence));
            more = row.next();
          } else if (status.equals(QUARANTINED)) {
            List<Verdict> broken = new ArrayList<>();
            do {
              broken.add(new Verdict(row.getString(12), false, row.getString(13)));
              more = row.next();
            } while (more && row.getLong(1) == sequence);
            entries.add(new Quarantined(sequence, s, broken));
          } else {
            throw new IllegalStateException(
                "count log entry " + sequence + " has status " + status);
          }
        }
      }
    }
    return entries;
  }

  private static Submission submission(ResultSet row, UpdateCodec codec) throws SQLException {
    ConstituencyId constituency =
        new ConstituencyId(
            house(row.getString(3)),
            StateCode.of(row.getString(4)),
            row.getInt(5),
            Delimitation.of(row.getInt(6)));
    return new Submission(
        new ElectionId(row.getString(2)),
        constituency,
        Instant.parse(row.getString(7)),
        Instant.parse(row.getString(8)),
        row.getString(9),
        codec.decode(row.getString(10)));
  }

  private static House house(String code) {
    for (House house : House.values()) {
      if (house.prefix().equals(code)) {
        return house;
      }
    }
    throw new IllegalStateException("the count log holds an unknown house '" + code + "'");
  }

  static long lastSequence(Connection connection, CountId count) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT coalesce(max(sequence), 0) FROM count_log WHERE count_id = ?")) {
      select.setString(1, count.value());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
