package org.janadesh.cli.counting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.janadesh.cli.ExitCodes;
import org.janadesh.cli.UserError;

/**
 * Moments as counting-day users write and read them: Indian Standard Time for people, ISO-8601
 * instants (UTC) for machines.
 */
public final class Moments {
  /** Indian Standard Time: counting-day times are read and written in it. */
  public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private static final DateTimeFormatter TABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(IST);

  private Moments() {}

  /**
   * {@code 2024-06-04T08:30:00Z}, {@code 2024-06-04T14:00+05:30}, or a local {@code
   * 2024-06-04T14:00} taken as IST; anything else is a usage error naming {@code option}.
   */
  public static Instant parse(String text, String option) {
    String t = text.trim();
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(t).atZone(IST).toInstant();
        } catch (DateTimeParseException notLocal) {
          throw new UserError(
              ExitCodes.USAGE,
              option
                  + " '"
                  + text
                  + "' is not a time: write 2024-06-04T14:00 (IST), 2024-06-04T14:00+05:30 or"
                  + " 2024-06-04T08:30:00Z");
        }
      }
    }
  }

  /** {@code 2024-06-04 16:39:24 IST}, for tables. */
  public static String table(Instant moment) {
    return TABLE.format(moment) + " IST";
  }
}
