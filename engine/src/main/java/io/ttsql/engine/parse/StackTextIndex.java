package io.ttsql.engine.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Finds the stack id of a call stack from its raw text, so the frames of a stack seen before are
 * neither decoded nor split again: a debug log repeats a few thousand stacks millions of times.
 * An open-addressing table keyed by the bytes, hashed eight at a time.
 */
final class StackTextIndex {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] hashes = new long[1024];
  private int[] ids = new int[1024];
  private byte[][] texts = new byte[1024][];
  private int used;

  /** The id stored for {@code text[0, length)}, or -1. */
  int find(byte[] text, int length) {
    long hash = hash(text, length);
    int mask = texts.length - 1;
    for (int slot = (int) hash & mask; texts[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(texts[slot], 0, texts[slot].length, text, 0, length)) {
        return ids[slot];
      }
    }
    return -1;
  }

  /** Stores {@code id} for a copy of {@code text[0, length)}, which must not be stored yet. */
  void put(byte[] text, int length, int id) {
    if (2 * (used + 1) > texts.length) {
      grow();
    }
    insert(hash(text, length), Arrays.copyOf(text, length), id);
    used++;
  }

  private void insert(long hash, byte[] text, int id) {
    int mask = texts.length - 1;
    int slot = (int) hash & mask;
    while (texts[slot] != null) {
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    ids[slot] = id;
    texts[slot] = text;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldIds = ids;
    byte[][] oldTexts = texts;
    hashes = new long[oldTexts.length * 2];
    ids = new int[oldTexts.length * 2];
    texts = new byte[oldTexts.length * 2][];
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        insert(oldHashes[i], oldTexts[i], oldIds[i]);
      }
    }
  }

  private static long hash(byte[] text, int length) {
    long h = length * MIX;
    int i = 0;
    for (; i + 2 * Long.BYTES <= length; i += 2 * Long.BYTES) {
      // Two words a multiplication: a match of hashes is checked on the whole text anyway.
      h = (h ^ (long) LONGS.get(text, i) ^ Long.rotateLeft((long) LONGS.get(text, i + Long.BYTES), 31)) * MIX;
      h ^= h >>> 29;
    }
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      h = (h ^ (long) LONGS.get(text, i)) * MIX;
      h ^= h >>> 29;
    }
    for (; i < length; i++) {
      h = (h ^ text[i]) * MIX;
    }
    return h ^ (h >>> 32);
  }
}
