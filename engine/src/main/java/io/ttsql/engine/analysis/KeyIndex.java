package io.ttsql.engine.analysis;

import java.util.Arrays;

/**
 * Numbers distinct keys of two longs densely (0, 1, 2…) in first-seen order: an open-addressing
 * table without a boxed object per key, for the millions of (device, address) lookups of pairing.
 */
final class KeyIndex {
  private static final long MIX = 0x9E3779B97F4A7C15L;

  /** The keys by id, two longs each. */
  private long[] keys = new long[2 * 256];
  /** The open-addressing slots: the id of the key hashed there, or -1. */
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

  /** The nullable int that {@link #nullableInt(boolean, int)} made {@code part}. */
  static Integer intOrNull(long part) {
    return part == 0 ? null : (int) part;
  }

  /** The number of distinct keys seen. */
  int size() {
    return size;
  }

  /** The first long of the key numbered {@code id}. */
  long first(int id) {
    return keys[2 * id];
  }

  /** The second long of the key numbered {@code id}. */
  long second(int id) {
    return keys[2 * id + 1];
  }

  /** The id of ({@code a}, {@code b}), numbering it if it is new. */
  int idOf(long a, long b) {
    int mask = ids.length - 1;
    int slot = hash(a, b) & mask;
    for (int id; (id = ids[slot]) >= 0; slot = (slot + 1) & mask) {
      if (keys[2 * id] == a && keys[2 * id + 1] == b) {
        return id;
      }
    }
    // At most a quarter full: most lookups then find their key in the first slot they try, where a
    // probe that goes on costs a mispredicted branch (on 8M server events, counting the addresses
    // took 8% less than half full); the keys themselves are stored densely, by id.
    if (4 * (size + 1) > ids.length) {
      grow();
      return idOf(a, b);
    }
    if (2 * size == keys.length) {
      keys = Arrays.copyOf(keys, 2 * keys.length);
    }
    keys[2 * size] = a;
    keys[2 * size + 1] = b;
    ids[slot] = size;
    return size++;
  }

  private void grow() {
    ids = new int[2 * ids.length];
    Arrays.fill(ids, -1);
    int mask = ids.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hash(first(id), second(id)) & mask;
      while (ids[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      ids[slot] = id;
    }
  }

  private static int hash(long a, long b) {
    long h = (a * MIX ^ b) * MIX;
    return (int) (h ^ (h >>> 32));
  }
}
