package io.ttsql.engine.analysis;

import java.util.Arrays;

/**
 * Numbers distinct keys of three longs densely (0, 1, 2…) in first-seen order: an open-addressing
 * table without a boxed object per key, for the millions of (device, address) lookups of pairing.
 */
final class KeyIndex {
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] keys = new long[3 * 1024];
  private int[] ids = new int[1024];
  private int size;

  KeyIndex() {
    Arrays.fill(ids, -1);
  }

  /**
   * A nullable int as one part of a key: NULL is 0, a value has bit 32 set above its 32 bits, so
   * NULL differs from every value and equals only NULL.
   */
  static long nullableInt(boolean isNull, int value) {
    return isNull ? 0 : 1L << 32 | (value & 0xffffffffL);
  }

  /** The number of distinct keys seen. */
  int size() {
    return size;
  }

  /** The id of ({@code a}, {@code b}, {@code c}), numbering it if it is new. */
  int idOf(long a, long b, long c) {
    int mask = ids.length - 1;
    int slot = hash(a, b, c) & mask;
    while (ids[slot] >= 0) {
      int k = 3 * slot;
      if (keys[k] == a && keys[k + 1] == b && keys[k + 2] == c) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (2 * (size + 1) > ids.length) {
      grow();
      return idOf(a, b, c);
    }
    keys[3 * slot] = a;
    keys[3 * slot + 1] = b;
    keys[3 * slot + 2] = c;
    ids[slot] = size;
    return size++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    Arrays.fill(ids, -1);
    int mask = ids.length - 1;
    for (int s = 0; s < oldIds.length; s++) {
      if (oldIds[s] >= 0) {
        long a = oldKeys[3 * s];
        long b = oldKeys[3 * s + 1];
        long c = oldKeys[3 * s + 2];
        int slot = hash(a, b, c) & mask;
        while (ids[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[3 * slot] = a;
        keys[3 * slot + 1] = b;
        keys[3 * slot + 2] = c;
        ids[slot] = oldIds[s];
      }
    }
  }

  private static int hash(long a, long b, long c) {
    long h = (a * MIX ^ b) * MIX ^ c;
    h *= MIX;
    return (int) (h ^ (h >>> 32));
  }
}
