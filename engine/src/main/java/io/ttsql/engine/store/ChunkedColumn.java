package io.ttsql.engine.store;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * One primitive column while loading, as fixed-size chunks: growing never copies, and a chunk
 * that would hold only zeros is never allocated, so a column a format does not carry costs
 * nothing. {@link EventChunks} writes into the chunks it asks for; {@link #moveInto} empties the
 * column into a flat array.
 */
final class ChunkedColumn {
  static final int SHIFT = 16;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private final Class<?> type;
  private Object[] chunks = new Object[16];

  /** A column of {@code type}: {@code int.class} or {@code long.class}. */
  ChunkedColumn(Class<?> type) {
    this.type = type;
  }

  /** The chunk holding rows {@code [index * CHUNK, (index + 1) * CHUNK)}, allocated if needed. */
  Object chunk(int index) {
    if (index >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(chunks.length * 2, index + 1));
    }
    if (chunks[index] == null) {
      chunks[index] = Array.newInstance(type, CHUNK);
    }
    return chunks[index];
  }

  /** True if no chunk was allocated: every value is zero. */
  boolean allZero() {
    for (Object chunk : chunks) {
      if (chunk != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies the first {@code rows} values into {@code target} (an array of this column's type) from
   * {@code offset} on, and drops the chunks, so the column's memory can go before the next column
   * is copied.
   */
  void moveInto(Object target, int offset, int rows) {
    for (int c = 0; c < chunks.length; c++) {
      if (chunks[c] != null) {
        System.arraycopy(chunks[c], 0, target, offset + (c << SHIFT), Math.min(CHUNK, rows - (c << SHIFT)));
        chunks[c] = null;
      }
    }
  }
}
