package io.ttsql.engine.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Finds the stack id of a call stack from its raw text, so the frames of a stack seen before are
 * neither decoded nor split again: a debug log repeats a few thousand stacks millions of times.
 * An open-addressing table keyed by the bytes, hashed eight at a time; the hash is public to the
 * package so that a parser can compute it while it scans the text for newlines.
 */
final class StackTextIndex {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] hashes = new long[1024];
  private int[] ids = new int[1024];
  private byte[][] texts = new byte[1024][];
  private int used;

  /** The id stored for the text {@code buf[from, from + length)} whose {@link #hash} is {@code hash}, or -1. */
  int find(byte[] buf, int from, int length, long hash) {
    int mask = texts.length - 1;
    for (int slot = (int) hash & mask; texts[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(texts[slot], 0, texts[slot].length, buf, from, from + length)) {
        return ids[slot];
      }
    }
    return -1;
  }

  /** Stores {@code id} for a copy of {@code text[0, length)} with {@code hash}, which must not be stored yet. */
  void put(byte[] text, int length, long hash, int id) {
    if (2 * (used + 1) > texts.length) {
      grow();
    }
    insert(hash, Arrays.copyOf(text, length), id);
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

  /**
   * The hash of {@code text[0, length)}: its little-endian words, the last padded with zero bytes,
   * each {@link #mix}ed in, then {@link #finish}ed with the length.
   */
  static long hash(byte[] text, int length) {
    long h = 0;
    int i = 0;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      h = mix(h, (long) LONGS.get(text, i));
    }
    if (i < length) {
      long last = 0;
      for (int j = length - 1; j >= i; j--) {
        last = last << Byte.SIZE | (text[j] & 0xff);
      }
      h = mix(h, last);
    }
    return finish(h, length);
  }

  /** Adds one word to a hash being computed (see {@link #hash}). */
  static long mix(long h, long word) {
    long m = (h ^ word) * MIX;
    return m ^ (m >>> 29);
  }

  /** Ends a hash of {@code length} bytes (see {@link #hash}). */
  static long finish(long h, int length) {
    long m = mix(h, length);
    return m ^ (m >>> 32);
  }
}
