package io.ttsql.engine.store;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * One primitive column as fixed-size chunks, while loading and after: growing never copies, and a
 * chunk that would hold only zeros is never allocated, so a column a format does not carry costs
 * nothing. {@link EventChunks} writes into the chunks it asks for; {@link #moveInto} hands them
 * over to the trace's column, shifting them in place when the part does not start on a chunk.
 */
final class ChunkedColumn {
  static final int SHIFT = 16;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;
  /** A chunk of zeros, standing for the chunks never allocated; never written. */
  static final int[] ZERO_INTS = new int[CHUNK];
  static final long[] ZERO_LONGS = new long[CHUNK];

  private final Class<?> type;
  private Object[] chunks = new Object[16];

  /** A column of {@code type}: {@code int.class} or {@code long.class}. */
  ChunkedColumn(Class<?> type) {
    this.type = type;
  }

  /** Chunks needed for {@code rows} rows. */
  static int chunksFor(long rows) {
    return (int) ((rows + MASK) >>> SHIFT);
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

  /** The chunk at {@code index} if one was allocated, else null (all zero). */
  private Object stored(int index) {
    return index < chunks.length ? chunks[index] : null;
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

  /** Adds {@code offset} to the first {@code rows} values of an int column. */
  void add(int offset, int rows) {
    if (offset == 0) {
      return;
    }
    for (int c = 0; c < chunksFor(rows); c++) {
      int[] values = (int[]) chunk(c);
      for (int i = 0, n = Math.min(CHUNK, rows - (c << SHIFT)); i < n; i++) {
        values[i] += offset;
      }
    }
  }

  /** Replaces each of the first {@code rows} values {@code v} of an int column by {@code map[v]}. */
  void map(int[] map, int rows) {
    if (map.length == 0) {
      return;
    }
    for (int c = 0; c < chunksFor(rows); c++) {
      if (stored(c) == null && map[0] == 0) {
        continue;
      }
      int[] values = (int[]) chunk(c);
      for (int i = 0, n = Math.min(CHUNK, rows - (c << SHIFT)); i < n; i++) {
        values[i] = map[values[i]];
      }
    }
  }

  /**
   * Shrinks the chunk holding the last of the column's {@code rows} values to the values it holds,
   * once no more are written: the parts of a trace wait for each other until they are joined, and
   * a thousand small files would otherwise hold a thousand mostly empty chunks per column.
   */
  void trim(int rows) {
    int last = chunksFor(rows) - 1;
    int length = rows - (last << SHIFT);
    Object chunk = last < 0 ? null : stored(last);
    if (chunk != null && length < CHUNK) {
      Object trimmed = Array.newInstance(type, length);
      System.arraycopy(chunk, 0, trimmed, 0, length);
      chunks[last] = trimmed;
    }
  }

  /**
   * Hands the chunks of the first {@code rows} values over to {@code joined}, the chunks of the
   * trace's column, as its rows from {@code start} on, and forgets them. When {@code start} is not
   * on a chunk boundary, every chunk is shifted in place: its head goes after the rows that the
   * chunk before already holds, and its tail becomes the head of the next. Values in a chunk
   * after the part's last row are left as they were, for the next part to overwrite. A last chunk
   * shrunk by {@link #trim} is copied into a whole one where rows of later parts may follow.
   */
  void moveInto(Object[] joined, int start, int rows) {
    int first = start >>> SHIFT;
    int shift = start & MASK;
    int used = chunksFor(rows);
    if (shift == 0) {
      for (int c = 0; c < Math.min(used, chunks.length); c++) {
        joined[first + c] = whole(chunks[c], 0);
      }
    } else {
      Object carry = joined[first];
      for (int c = 0; c < used; c++) {
        Object chunk = stored(c);
        if (chunk != null) {
          if (carry == null) {
            carry = Array.newInstance(type, CHUNK);
          }
          int length = Array.getLength(chunk);
          System.arraycopy(chunk, 0, carry, shift, Math.min(length, CHUNK - shift));
          if (length == CHUNK) {
            System.arraycopy(chunk, CHUNK - shift, chunk, 0, shift);
          } else {
            chunk = length > CHUNK - shift ? whole(chunk, CHUNK - shift) : null;
          }
        } else if (carry != null) {
          clear(carry, shift);
        }
        joined[first + c] = carry;
        carry = chunk;
      }
      if (first + used < joined.length) {
        joined[first + used] = carry;
      }
    }
    chunks = new Object[0];
  }

  /** {@code chunk} from {@code from} on, at the start of a whole chunk: itself if it is whole and {@code from} is 0. */
  private Object whole(Object chunk, int from) {
    if (chunk == null || (from == 0 && Array.getLength(chunk) == CHUNK)) {
      return chunk;
    }
    Object whole = Array.newInstance(type, CHUNK);
    System.arraycopy(chunk, from, whole, 0, Array.getLength(chunk) - from);
    return whole;
  }

  /** Zeroes {@code chunk} from {@code from} on. */
  private static void clear(Object chunk, int from) {
    if (chunk instanceof int[] ints) {
      Arrays.fill(ints, from, CHUNK, 0);
    } else {
      Arrays.fill((long[]) chunk, from, CHUNK, 0L);
    }
  }
}
