package io.ttsql.engine.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Finds newline bytes eight at a time (SWAR), the inner loop of loading. */
final class Newlines {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Newlines() {}

  /** The index of the first {@code \n} in {@code buf[from, to)}, or -1. */
  static int indexOf(byte[] buf, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long flags = Swar.newlineFlags((long) LONGS.get(buf, i));
      if (flags != 0) {
        return i + Swar.lowestFlagged(flags);
      }
    }
    for (; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
