package org.janadesh.core.counting;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The seats of an {@link ElectionCount}: an immutable list in chunks of {@value #CHUNK}, so the
 * fold's "this list with seat i replaced" copies the chunk index and one chunk (about 50 references
 * for 543 seats) instead of the whole list on every event.
 */
final class SeatList extends AbstractList<SeatCount> implements RandomAccess {
  private static final int SHIFT = 5;
  private static final int CHUNK = 1 << SHIFT;

  private final SeatCount[][] chunks;
  private final int size;

  private SeatList(SeatCount[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /** A copy of {@code seats}; none may be null. */
  static SeatList of(List<SeatCount> seats) {
    if (seats instanceof SeatList already) {
      return already;
    }
    int n = seats.size();
    SeatCount[][] chunks = new SeatCount[(n + CHUNK - 1) >>> SHIFT][];
    for (int c = 0; c < chunks.length; c++) {
      int from = c << SHIFT;
      SeatCount[] chunk = new SeatCount[Math.min(CHUNK, n - from)];
      for (int i = 0; i < chunk.length; i++) {
        chunk[i] = Objects.requireNonNull(seats.get(from + i), "seat");
      }
      chunks[c] = chunk;
    }
    return new SeatList(chunks, n);
  }

  /** This list with seat {@code index} replaced by {@code seat}; this one is unchanged. */
  SeatList with(int index, SeatCount seat) {
    Objects.checkIndex(index, size);
    SeatCount[][] next = chunks.clone();
    SeatCount[] chunk = Arrays.copyOf(chunks[index >>> SHIFT], chunks[index >>> SHIFT].length);
    chunk[index & (CHUNK - 1)] = Objects.requireNonNull(seat, "seat");
    next[index >>> SHIFT] = chunk;
    return new SeatList(next, size);
  }

  @Override
  public SeatCount get(int index) {
    Objects.checkIndex(index, size);
    return chunks[index >>> SHIFT][index & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }
}
