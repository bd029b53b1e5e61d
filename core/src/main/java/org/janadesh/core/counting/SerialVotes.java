package org.janadesh.core.counting;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The candidates of a {@link Tally}: ballot serials in ascending order beside their votes, in two
 * arrays. A tally is read on every counting-day event (added EVM to postal, looked up per nominee,
 * compared round to round), and boxed {@code TreeMap} entries made that the desk's main cost; this
 * keeps the numbers unboxed and still answers as an unmodifiable map in ballot order, equal (and
 * with the same hash) to any other map of the same votes.
 */
final class SerialVotes extends AbstractMap<Integer, Long> {
  static final SerialVotes EMPTY = new SerialVotes(new int[0], new long[0], 0);

  private final int[] serials;
  private final long[] votes;
  private final long sum;

  /** Takes the arrays as they are: serials ascending and unique, votes not negative. */
  private SerialVotes(int[] serials, long[] votes, long sum) {
    this.serials = serials;
    this.votes = votes;
    this.sum = sum;
  }

  /**
   * The votes of {@code candidates}, checked: serials from 1, votes not negative (the same messages
   * {@link Tally} has always given).
   */
  static SerialVotes of(Map<Integer, Long> candidates) {
    if (candidates instanceof SerialVotes already) {
      return already;
    }
    int n = candidates.size();
    if (n == 0) {
      return EMPTY;
    }
    long[] packed = new long[n]; // serial in the high half, index in the low: sorts by serial
    Long[] values = new Long[n];
    int i = 0;
    for (Map.Entry<Integer, Long> e : candidates.entrySet()) {
      int serial = Objects.requireNonNull(e.getKey(), "candidate serial");
      values[i] = e.getValue();
      packed[i] = ((long) serial << 32) | i;
      i++;
    }
    Arrays.sort(packed);
    int[] serials = new int[n];
    long[] votes = new long[n];
    long sum = 0;
    for (int k = 0; k < n; k++) {
      int serial = (int) (packed[k] >> 32);
      long v = Objects.requireNonNull(values[(int) packed[k]], "votes");
      if (serial < 1) {
        throw new IllegalArgumentException("candidate serial must be 1 or more: " + serial);
      }
      if (v < 0) {
        throw new IllegalArgumentException("negative votes for serial " + serial);
      }
      serials[k] = serial;
      votes[k] = v;
      sum += v;
    }
    return new SerialVotes(serials, votes, sum);
  }

  /** Votes of {@code serial}; zero when it has none on record. */
  long votesOf(int serial) {
    int i = Arrays.binarySearch(serials, serial);
    return i < 0 ? 0 : votes[i];
  }

  long sum() {
    return sum;
  }

  int count() {
    return serials.length;
  }

  int serialAt(int i) {
    return serials[i];
  }

  long votesAt(int i) {
    return votes[i];
  }

  /** Both added serial by serial: a merge of two ascending runs. */
  SerialVotes plus(SerialVotes other) {
    if (other.serials.length == 0) {
      return this;
    }
    if (serials.length == 0) {
      return other;
    }
    int[] s = new int[serials.length + other.serials.length];
    long[] v = new long[s.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < serials.length || j < other.serials.length) {
      if (j == other.serials.length || (i < serials.length && serials[i] < other.serials[j])) {
        s[n] = serials[i];
        v[n++] = votes[i++];
      } else if (i == serials.length || other.serials[j] < serials[i]) {
        s[n] = other.serials[j];
        v[n++] = other.votes[j++];
      } else {
        s[n] = serials[i];
        v[n++] = votes[i++] + other.votes[j++];
      }
    }
    return new SerialVotes(
        n == s.length ? s : Arrays.copyOf(s, n),
        n == v.length ? v : Arrays.copyOf(v, n),
        sum + other.sum);
  }

  @Override
  public int size() {
    return serials.length;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof Integer serial && Arrays.binarySearch(serials, serial) >= 0;
  }

  @Override
  public @Nullable Long get(@Nullable Object key) {
    if (key instanceof Integer serial) {
      int i = Arrays.binarySearch(serials, serial);
      return i < 0 ? null : votes[i];
    }
    return null;
  }

  @Override
  public Long getOrDefault(@Nullable Object key, Long defaultValue) {
    Long v = get(key);
    return v == null ? defaultValue : v;
  }

  @Override
  public void forEach(BiConsumer<? super Integer, ? super Long> action) {
    for (int i = 0; i < serials.length; i++) {
      action.accept(serials[i], votes[i]);
    }
  }

  @Override
  public Set<Map.Entry<Integer, Long>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<Integer, Long>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < serials.length;
          }

          @Override
          public Map.Entry<Integer, Long> next() {
            if (i >= serials.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<Integer, Long> e = new SimpleImmutableEntry<>(serials[i], votes[i]);
            i++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return serials.length;
      }
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o instanceof SerialVotes other) {
      return Arrays.equals(serials, other.serials) && Arrays.equals(votes, other.votes);
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    int h = 0; // as AbstractMap: the sum of the entries' hashes (Integer and Long hashes)
    for (int i = 0; i < serials.length; i++) {
      h += serials[i] ^ Long.hashCode(votes[i]);
    }
    return h;
  }
}
