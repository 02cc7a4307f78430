package io.ttsql.engine.store;

import java.util.Arrays;

/** A growable array of ints, without boxing. */
public final class IntList {
  private int[] values = new int[4];
  private int size;

  public void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  public int get(int i) {
    return values[i];
  }

  public void set(int i, int v) {
    values[i] = v;
  }

  public int size() {
    return size;
  }

  /** In an ascending list, the index of the last value at or below {@code value} (0 when none is). */
  public int lastIndexAtOrBelow(int value) {
    return lastIndexAtOrBelow(values, size, value);
  }

  /**
   * As {@link #lastIndexAtOrBelow(int)}, over the first {@code size} values of {@code ascending}:
   * among equal values the last, so that the start of an empty range yields to the range after it.
   */
  static int lastIndexAtOrBelow(int[] ascending, int size, int value) {
    int low = 0;
    int high = size - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (ascending[mid] <= value) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Empties the list, keeping its storage. */
  public void clear() {
    size = 0;
  }

  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The values narrowed to bytes (for small enum ordinals). */
  public byte[] toByteArray() {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
