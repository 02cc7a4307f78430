package io.ttsql.engine.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A fixed text looked for at a position of a buffer, compared eight bytes at a time against its
 * own words, read once when it is made: the last word overlaps the one before it rather than
 * ending in a byte loop, and a text shorter than a word is compared as one masked word when the
 * buffer has eight bytes there.
 */
final class ByteLiteral {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] bytes;
  /** The words at 0, 8, 16… and, last, the word ending where the text ends; one masked word for a short text. */
  private final long[] words;
  private final long shortMask;

  ByteLiteral(String text) {
    bytes = Utf8.bytes(text);
    int n = bytes.length;
    if (n < Long.BYTES) {
      byte[] padded = Arrays.copyOf(bytes, Long.BYTES);
      words = new long[] {(long) LONGS.get(padded, 0)};
      shortMask = (1L << (n * Byte.SIZE)) - 1;
    } else {
      words = new long[(n - 1) / Long.BYTES + 1];
      for (int i = 0; i < words.length - 1; i++) {
        words[i] = (long) LONGS.get(bytes, i * Long.BYTES);
      }
      words[words.length - 1] = (long) LONGS.get(bytes, n - Long.BYTES);
      shortMask = -1;
    }
  }

  /** The text's length in bytes. */
  int length() {
    return bytes.length;
  }

  /** True if {@code b[p, end)} is exactly the text. */
  boolean isWhole(byte[] b, int p, int end) {
    return end - p == bytes.length && at(b, p, end);
  }

  /** True if the text stands at {@code b[p]}, before {@code end}. */
  boolean at(byte[] b, int p, int end) {
    int n = bytes.length;
    if (end - p < n) {
      return false;
    }
    if (n < Long.BYTES) {
      if (p + Long.BYTES <= end) {
        return ((long) LONGS.get(b, p) & shortMask) == words[0];
      }
      for (int i = 0; i < n; i++) {
        if (b[p + i] != bytes[i]) {
          return false;
        }
      }
      return true;
    }
    int last = words.length - 1;
    for (int i = 0; i < last; i++) {
      if ((long) LONGS.get(b, p + i * Long.BYTES) != words[i]) {
        return false;
      }
    }
    return (long) LONGS.get(b, p + n - Long.BYTES) == words[last];
  }
}
