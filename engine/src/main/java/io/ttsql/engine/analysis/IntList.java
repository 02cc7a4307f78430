package io.ttsql.engine.analysis;

import java.util.Arrays;

/** A growable array of ints, used as a list and as a stack without boxing. */
final class IntList {
  private int[] values = new int[4];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int get(int i) {
    return values[i];
  }

  void set(int i, int v) {
    values[i] = v;
  }

  int size() {
    return size;
  }

  int last() {
    return values[size - 1];
  }

  void removeLast() {
    size--;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The values narrowed to bytes (for small enum ordinals). */
  byte[] toByteArray() {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
