package org.janadesh.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields of one source row and collects every problem, so that a row with three bad
 * cells reports all three, not the first only. Readers return a harmless placeholder after a
 * problem; the row's value is built only when no problem was found ({@link #result}).
 */
public final class FieldCheck {
  private final String file;
  private final long line;
  private final List<Rejection> problems = new ArrayList<>();

  public FieldCheck(String file, long line) {
    this.file = file;
    this.line = line;
  }

  /** A count of votes or electors: a whole number, zero or more. */
  public long count(String field, String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      reject(field, field + " is blank");
      return 0;
    }
    if (!isDigits(t)) {
      reject(field, field + " is not a whole number: '" + text + "'");
      return 0;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      reject(field, field + " is too large: '" + text + "'");
      return 0;
    }
  }

  /** A count that the source may leave blank (electors, for instance). */
  public @Nullable Long optionalCount(String field, String text) {
    return text.isBlank() ? null : count(field, text);
  }

  /** A number that starts at 1: a constituency number, a ballot serial, a position. */
  public int number(String field, String text) {
    long n = count(field, text);
    if (n > Integer.MAX_VALUE) {
      reject(field, field + " is too large: '" + text + "'");
      return 1;
    }
    if (n < 1 && isDigits(text.trim())) {
      reject(field, field + " must be 1 or more: '" + text + "'");
      return 1;
    }
    return (int) Math.max(1, n);
  }

  /** A field that must not be blank; returned trimmed. */
  public String required(String field, String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      reject(field, field + " is blank");
      return "?";
    }
    return t;
  }

  /** A boolean written {@code True}/{@code False} (any case). */
  public boolean flag(String field, String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("true")) {
      return true;
    }
    if (t.equalsIgnoreCase("false") || t.isEmpty()) {
      return false;
    }
    reject(field, field + " is neither True nor False: '" + text + "'");
    return false;
  }

  public void reject(String field, String reason) {
    problems.add(new Rejection(file, line, field, reason));
  }

  public boolean failed() {
    return !problems.isEmpty();
  }

  public List<Rejection> problems() {
    return List.copyOf(problems);
  }

  /** The row's value if every field read well, else its problems. */
  public <T> Parsed<T> result(Supplier<T> value) {
    return problems.isEmpty() ? Parsed.ok(value.get()) : Parsed.rejected(problems);
  }

  private static boolean isDigits(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
