package org.janadesh.ingest.counting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.janadesh.core.geography.StateCode;
import org.janadesh.ingest.source.FieldCheck;

/**
 * The constituency a results-site page is about, read from its address: in {@code
 * ConstituencywiseS0624.htm} (and {@code statewiseS0624.htm}) the first three characters are the
 * state code, S06, and the rest is the PC number, 24.
 */
record PageRef(StateCode state, int pc) {
  private static final Pattern PAGE =
      Pattern.compile("(?:Constituencywise|statewise)([SU]\\d{2})(\\d{1,3})\\.htm$");

  static PageRef read(FieldCheck check, String field, String url) {
    Matcher m = PAGE.matcher(url.trim());
    if (!m.find()) {
      check.reject(
          field,
          field
              + " does not name a results-site constituency page"
              + " (…Constituencywise<state code><PC>.htm): '"
              + url
              + "'");
      return new PageRef(StateCode.of("X00"), 1);
    }
    int pc = Integer.parseInt(m.group(2));
    if (pc < 1) {
      check.reject(field, field + " names PC 0: '" + url + "'");
      return new PageRef(StateCode.of(m.group(1)), 1);
    }
    return new PageRef(StateCode.of(m.group(1)), pc);
  }
}
