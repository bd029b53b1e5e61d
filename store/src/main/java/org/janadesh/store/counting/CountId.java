package org.janadesh.store.counting;

import java.util.regex.Pattern;
import org.janadesh.core.election.ElectionId;

/**
 * Which count of an election a log belongs to: the real count has the election's own id ({@code
 * ls-2024}); a test count adds {@code #} and a label ({@code ls-2024#replay-2024-06-04}). An
 * election id never holds {@code #}, so no test can pass for the real count.
 */
public record CountId(String value) implements Comparable<CountId> {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  public CountId {
    int hash = value.indexOf('#');
    new ElectionId(hash < 0 ? value : value.substring(0, hash)); // throws if not an election id
    if (hash >= 0 && !LABEL.matcher(value.substring(hash + 1)).matches()) {
      throw new IllegalArgumentException(
          "a test count's label is lower-case letters, digits, '.', '_' or '-': '" + value + "'");
    }
  }

  /** The real count of {@code election}. */
  public static CountId real(ElectionId election) {
    return new CountId(election.value());
  }

  /** A test count of {@code election}, e.g. {@code test(ls-2024, "replay-2024-06-04")}. */
  public static CountId test(ElectionId election, String label) {
    return new CountId(election.value() + "#" + label);
  }

  /** The election counted. */
  public ElectionId election() {
    int hash = value.indexOf('#');
    return new ElectionId(hash < 0 ? value : value.substring(0, hash));
  }

  /** True for a replay or a synthetic day, which no face may present as the real count. */
  public boolean isTest() {
    return value.indexOf('#') >= 0;
  }

  @Override
  public int compareTo(CountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
