package io.ttsql.engine.store;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * One primitive column while loading: values go into fixed-size chunks, so growing never copies,
 * and a chunk that would hold only zeros is never allocated, so a column a format does not carry
 * costs nothing. {@link #moveInto} empties it into a flat array.
 */
final class ChunkedColumn {
  static final int SHIFT = 16;
  static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private final Class<?> type;
  private Object[] chunks = new Object[16];
  private int size;
  /** The chunk last written, and its index: most writes go to it. */
  private Object current;
  private int currentIndex = -1;

  /** A column of {@code type}: {@code byte.class}, {@code int.class} or {@code long.class}. */
  ChunkedColumn(Class<?> type) {
    this.type = type;
  }

  int size() {
    return size;
  }

  void addByte(byte value) {
    int row = size++;
    if (value != 0) {
      ((byte[]) chunkFor(row))[row & MASK] = value;
    }
  }

  void addInt(int value) {
    int row = size++;
    if (value != 0) {
      ((int[]) chunkFor(row))[row & MASK] = value;
    }
  }

  void addLong(long value) {
    int row = size++;
    if (value != 0) {
      ((long[]) chunkFor(row))[row & MASK] = value;
    }
  }

  /** True if no value other than zero was added. */
  boolean allZero() {
    for (Object chunk : chunks) {
      if (chunk != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies the values into {@code target} (an array of this column's type) from {@code offset} on,
   * and drops the chunks, so the column's memory can go before the next column is copied.
   */
  void moveInto(Object target, int offset) {
    for (int c = 0; c < chunks.length; c++) {
      if (chunks[c] != null) {
        System.arraycopy(chunks[c], 0, target, offset + (c << SHIFT), Math.min(CHUNK, size - (c << SHIFT)));
        chunks[c] = null;
      }
    }
    current = null;
    currentIndex = -1;
  }

  private Object chunkFor(int row) {
    int index = row >>> SHIFT;
    if (index != currentIndex) {
      current = index < chunks.length && chunks[index] != null ? chunks[index] : newChunk(index);
      currentIndex = index;
    }
    return current;
  }

  private Object newChunk(int index) {
    if (index >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(chunks.length * 2, index + 1));
    }
    chunks[index] = Array.newInstance(type, CHUNK);
    return chunks[index];
  }
}
