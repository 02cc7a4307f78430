package io.ttsql.engine.parse;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.TracePart;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The fast path of the server log: allocation and free lines in their common shape (non-negative
 * numbers of ordinary length) parsed with every position in a local variable and stored without a
 * draft. Any other shape returns false and goes to {@link ServerEventLines}, which knows every
 * case, so both always agree on what they both accept. The two templates are spelled out field by
 * field on purpose: a generic template interpreter measured 40% slower on this, the hottest loop.
 */
final class FastServerLines {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** {@code "✓ [PID"} and {@code "✗ [PID"} as little-endian longs (the space after them is checked apart). */
  private static final long ALLOC_HEAD = (long) LONGS.get(Utf8.bytes("✓ [PID "), 0);
  private static final long FREE_HEAD = (long) LONGS.get(Utf8.bytes("✗ [PID "), 0);
  private static final byte[] ALLOCATED = Utf8.bytes("] Allocated ");
  private static final byte[] BYTES_OF = Utf8.bytes(" bytes of ");
  private static final byte[] ON_DEVICE = Utf8.bytes(" on device ");
  private static final byte[] BUFFER_ID = Utf8.bytes(" (buffer_id=");
  private static final byte[] REF_COUNT = Utf8.bytes(", ref_count=");
  private static final byte[] FREED_BUFFER = Utf8.bytes("] Freed buffer ");
  private static final byte[] BYTES = Utf8.bytes(" bytes");
  private static final byte[] FINAL = Utf8.bytes(", FINAL)");
  private static final byte[] REMAINING = Utf8.bytes(" remaining)");
  private static final byte[][] TYPE_NAMES = {
    Utf8.bytes("L1"), Utf8.bytes("DRAM"), Utf8.bytes("L1_SMALL"), Utf8.bytes("TRACE"), Utf8.bytes("SYSTEM_MEMORY")
  };
  private static final BufferType[] TYPES = {
    BufferType.L1, BufferType.DRAM, BufferType.L1_SMALL, BufferType.TRACE, BufferType.SYSTEM_MEMORY
  };
  /** Digits kept below what could overflow an int, or the 48 bits of {@link #VALUE}: longer numbers take the exact path. */
  private static final int INT_DIGITS = 9;
  private static final int SIZE_DIGITS = 14;
  private static final int HEX_DIGITS = 12;
  /** A parsed number's value in its low 48 bits; the bytes it took are in the high 16. */
  private static final long VALUE = (1L << 48) - 1;
  private static final int SHORTEST_LINE = 40;

  private FastServerLines() {}

  /** Parses {@code buf[start, end)} into {@code out} if it is an allocation or free in the common shape. */
  static boolean parse(byte[] buf, int start, int end, long line, TracePart out) {
    if (end - start < SHORTEST_LINE || buf[start + 8] != ' ') {
      return false;
    }
    long head = (long) LONGS.get(buf, start);
    if (head == ALLOC_HEAD) {
      return allocation(buf, start + 9, end, line, out);
    }
    return head == FREE_HEAD && free(buf, start + 9, end, line, out);
  }

  private static boolean allocation(byte[] b, int p, int end, long line, TracePart out) {
    long pid = number(b, p, end, INT_DIGITS);
    if (pid < 0) {
      return false;
    }
    p += (int) (pid >>> 48);
    pid &= VALUE;
    if (!literal(b, p, end, ALLOCATED)) {
      return false;
    }
    p += ALLOCATED.length;
    long size = number(b, p, end, SIZE_DIGITS);
    if (size < 0) {
      return false;
    }
    p += (int) (size >>> 48);
    size &= VALUE;
    if (!literal(b, p, end, BYTES_OF)) {
      return false;
    }
    p += BYTES_OF.length;
    int type = -1;
    for (int t = 0; t < TYPE_NAMES.length && type < 0; t++) {
      if (literal(b, p, end, TYPE_NAMES[t]) && p + TYPE_NAMES[t].length < end && b[p + TYPE_NAMES[t].length] == ' ') {
        type = t;
      }
    }
    if (type < 0) {
      return false;
    }
    p += TYPE_NAMES[type].length;
    if (!literal(b, p, end, ON_DEVICE)) {
      return false;
    }
    p += ON_DEVICE.length;
    long device = number(b, p, end, INT_DIGITS);
    if (device < 0) {
      return false;
    }
    p += (int) (device >>> 48);
    device &= VALUE;
    if (!literal(b, p, end, BUFFER_ID)) {
      return false;
    }
    p += BUFFER_ID.length;
    long address = id(b, p, end);
    if (address < 0) {
      return false;
    }
    p += (int) (address >>> 48);
    address &= VALUE;
    int refCount = 1;
    if (!(p + 1 == end && b[p] == ')')) {
      if (!literal(b, p, end, REF_COUNT)) {
        return false;
      }
      p += REF_COUNT.length;
      long n = number(b, p, end, INT_DIGITS);
      if (n < 0) {
        return false;
      }
      p += (int) (n >>> 48);
      n &= VALUE;
      if (p + 1 != end || b[p] != ')') {
        return false;
      }
      refCount = (int) n;
    }
    out.addServerEvent(EventKind.ALLOC, line, (int) pid, (int) device, TYPES[type], address, size, refCount);
    return true;
  }

  private static boolean free(byte[] b, int p, int end, long line, TracePart out) {
    long pid = number(b, p, end, INT_DIGITS);
    if (pid < 0) {
      return false;
    }
    p += (int) (pid >>> 48);
    pid &= VALUE;
    if (!literal(b, p, end, FREED_BUFFER)) {
      return false;
    }
    p += FREED_BUFFER.length;
    long address = id(b, p, end);
    if (address < 0) {
      return false;
    }
    p += (int) (address >>> 48);
    address &= VALUE;
    if (!literal(b, p, end, ON_DEVICE)) {
      return false;
    }
    p += ON_DEVICE.length;
    long device = number(b, p, end, INT_DIGITS);
    if (device < 0) {
      return false;
    }
    p += (int) (device >>> 48);
    device &= VALUE;
    if (p + 2 > end || b[p] != ' ' || b[p + 1] != '(') {
      return false;
    }
    p += 2;
    long size = number(b, p, end, SIZE_DIGITS);
    if (size < 0) {
      return false;
    }
    p += (int) (size >>> 48);
    size &= VALUE;
    if (!literal(b, p, end, BYTES)) {
      return false;
    }
    p += BYTES.length;
    int refCount;
    if (p + FINAL.length == end && literal(b, p, end, FINAL)) {
      refCount = 0;
    } else if (p + 1 == end && b[p] == ')') {
      refCount = -1;
    } else {
      if (!literal(b, p, end, REF_COUNT)) {
        return false;
      }
      p += REF_COUNT.length;
      long n = number(b, p, end, INT_DIGITS);
      if (n < 0) {
        return false;
      }
      p += (int) (n >>> 48);
      n &= VALUE;
      if (p + REMAINING.length != end || !literal(b, p, end, REMAINING)) {
        return false;
      }
      refCount = (int) n;
    }
    out.addServerEvent(EventKind.FREE, line, (int) pid, (int) device, null, address, size, refCount);
    return true;
  }

  /**
   * Parses a decimal of 1 to {@code maxDigits} digits at {@code p}: its value in the low 48 bits
   * ({@link #VALUE}) and the number of bytes read in the high 16, or -1 when there is none or it
   * is longer.
   */
  private static long number(byte[] b, int p, int end, int maxDigits) {
    int from = p;
    long value = 0;
    for (int d; p < end && (d = b[p] - '0') >= 0 && d <= 9; p++) {
      value = value * 10 + d;
    }
    return p == from || p - from > maxDigits ? -1 : (long) (p - from) << 48 | value;
  }

  /**
   * Parses a device address ({@code 0x} and up to 12 hex digits, or a decimal below 2^48) at
   * {@code p}, as {@link #number} returns it, or -1 when it is not one the fast path takes.
   */
  private static long id(byte[] b, int p, int end) {
    if (p + 2 < end && b[p] == '0' && b[p + 1] == 'x') {
      int from = p + 2;
      long value = 0;
      int q = from;
      for (int d; q < end && (d = ByteCursor.hexDigit(b[q])) >= 0; q++) {
        value = value << 4 | d;
      }
      return q == from || q - from > HEX_DIGITS ? -1 : (long) (q - p) << 48 | value;
    }
    return number(b, p, end, SIZE_DIGITS);
  }

  /** True if {@code literal} stands at {@code p} (compared eight bytes at a time). */
  private static boolean literal(byte[] b, int p, int end, byte[] literal) {
    int n = literal.length;
    if (end - p < n) {
      return false;
    }
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      if ((long) LONGS.get(b, p + i) != (long) LONGS.get(literal, i)) {
        return false;
      }
    }
    for (; i < n; i++) {
      if (b[p + i] != literal[i]) {
        return false;
      }
    }
    return true;
  }
}
