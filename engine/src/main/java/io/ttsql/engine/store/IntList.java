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
