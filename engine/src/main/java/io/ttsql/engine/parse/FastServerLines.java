package io.ttsql.engine.parse;

import static io.ttsql.engine.parse.ServerEventLines.ALLOCATED;
import static io.ttsql.engine.parse.ServerEventLines.BUFFER_ID;
import static io.ttsql.engine.parse.ServerEventLines.BYTES;
import static io.ttsql.engine.parse.ServerEventLines.BYTES_OF;
import static io.ttsql.engine.parse.ServerEventLines.FINAL;
import static io.ttsql.engine.parse.ServerEventLines.FREED_BUFFER;
import static io.ttsql.engine.parse.ServerEventLines.ON_DEVICE;
import static io.ttsql.engine.parse.ServerEventLines.REF_COUNT;
import static io.ttsql.engine.parse.ServerEventLines.REMAINING;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.TracePart;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The fast path of the server log: allocation, free and unknown-free lines in their common shape (non-negative
 * numbers of ordinary length, ended by a newline) parsed straight from the read buffer, before
 * anything has looked for the line's end, with every position in a local variable, and stored
 * without a draft. Any other shape is declined: allocations and frees go to {@link ServerEventLines},
 * which knows every case, and unknown frees to their template in {@link ServerTemplates}, so both
 * paths always agree on what they both accept. The three line shapes are spelled out field by
 * field on purpose: a generic template interpreter measured 40% slower on this, the hottest loop.
 */
final class FastServerLines {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** {@code "✓ [PID"}, {@code "✗ [PID"} and {@code "⚠ [PID"} as little-endian longs (the space after them is checked apart). */
  private static final long ALLOC_HEAD = (long) LONGS.get(Utf8.bytes("✓ [PID "), 0);
  private static final long FREE_HEAD = (long) LONGS.get(Utf8.bytes("✗ [PID "), 0);
  private static final long WARNING_HEAD = (long) LONGS.get(Utf8.bytes("⚠ [PID "), 0);
  private static final ByteLiteral UNKNOWN_BUFFER = new ByteLiteral("] Deallocation for unknown buffer ");
  private static final ByteLiteral BEFORE_TRACKING = new ByteLiteral(" (allocated before tracking started)");
  private static final ByteLiteral[] TYPE_NAMES = {
    new ByteLiteral("L1"), new ByteLiteral("DRAM"), new ByteLiteral("L1_SMALL"), new ByteLiteral("TRACE"),
    new ByteLiteral("SYSTEM_MEMORY")
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

  /**
   * Parses the line at {@code buf[start]} into {@code out} if it is an allocation, free or unknown
   * free in the common shape and ends with {@code \n} or {@code \r\n} before {@code limit}.
   *
   * @return the index of the {@code \n} that ends the line, or -1 when the line was not taken
   */
  static int parse(byte[] buf, int start, int limit, long line, TracePart out) {
    if (limit - start < SHORTEST_LINE || buf[start + 8] != ' ') {
      return -1;
    }
    long head = (long) LONGS.get(buf, start);
    if (head == ALLOC_HEAD) {
      return allocation(buf, start + 9, limit, line, out);
    }
    if (head == FREE_HEAD || head == WARNING_HEAD) {
      return deallocation(buf, start + 9, limit, line, out, head == WARNING_HEAD);
    }
    return -1;
  }

  private static int allocation(byte[] b, int p, int end, long line, TracePart out) {
    long pid = number(b, p, end, INT_DIGITS);
    if (pid < 0) {
      return -1;
    }
    p += (int) (pid >>> 48);
    pid &= VALUE;
    if (!ALLOCATED.at(b, p, end)) {
      return -1;
    }
    p += ALLOCATED.length();
    long size = number(b, p, end, SIZE_DIGITS);
    if (size < 0) {
      return -1;
    }
    p += (int) (size >>> 48);
    size &= VALUE;
    if (!BYTES_OF.at(b, p, end)) {
      return -1;
    }
    p += BYTES_OF.length();
    int type = typeAt(b, p, end);
    if (type < 0) {
      return -1;
    }
    p += TYPE_NAMES[type].length();
    if (!ON_DEVICE.at(b, p, end)) {
      return -1;
    }
    p += ON_DEVICE.length();
    long device = number(b, p, end, INT_DIGITS);
    if (device < 0) {
      return -1;
    }
    p += (int) (device >>> 48);
    device &= VALUE;
    if (!BUFFER_ID.at(b, p, end)) {
      return -1;
    }
    p += BUFFER_ID.length();
    long address = id(b, p, end);
    if (address < 0) {
      return -1;
    }
    p += (int) (address >>> 48);
    address &= VALUE;
    int refCount = 1;
    if (p >= end || b[p] != ')') {
      if (!REF_COUNT.at(b, p, end)) {
        return -1;
      }
      p += REF_COUNT.length();
      long n = number(b, p, end, INT_DIGITS);
      if (n < 0) {
        return -1;
      }
      p += (int) (n >>> 48);
      if (p >= end || b[p] != ')') {
        return -1;
      }
      refCount = (int) (n & VALUE);
    }
    int newline = newlineAt(b, p + 1, end);
    if (newline >= 0) {
      out.addServerEvent(EventKind.ALLOC, line, (int) pid, (int) device, TYPES[type], address, size, refCount);
    }
    return newline;
  }

  /**
   * A free or an unknown free: both name the pid, then after their own words the address and the
   * device, and differ only in what follows.
   */
  private static int deallocation(byte[] b, int p, int end, long line, TracePart out, boolean unknown) {
    long pid = number(b, p, end, INT_DIGITS);
    if (pid < 0) {
      return -1;
    }
    p += (int) (pid >>> 48);
    ByteLiteral words = unknown ? UNKNOWN_BUFFER : FREED_BUFFER;
    if (!words.at(b, p, end)) {
      return -1;
    }
    p += words.length();
    long address = id(b, p, end);
    if (address < 0) {
      return -1;
    }
    p += (int) (address >>> 48);
    if (!ON_DEVICE.at(b, p, end)) {
      return -1;
    }
    p += ON_DEVICE.length();
    long device = number(b, p, end, INT_DIGITS);
    if (device < 0) {
      return -1;
    }
    p += (int) (device >>> 48);
    int pidValue = (int) (pid & VALUE);
    int deviceValue = (int) (device & VALUE);
    return unknown
        ? unknownFreeEnd(b, p, end, out, line, pidValue, deviceValue, address & VALUE)
        : freeEnd(b, p, end, out, line, pidValue, deviceValue, address & VALUE);
  }

  /** The end of an unknown free: {@code " (allocated before tracking started)"}. */
  private static int unknownFreeEnd(byte[] b, int p, int end, TracePart out, long line, int pid, int device, long address) {
    if (!BEFORE_TRACKING.at(b, p, end)) {
      return -1;
    }
    int newline = newlineAt(b, p + BEFORE_TRACKING.length(), end);
    if (newline >= 0) {
      out.addServerEvent(EventKind.UNKNOWN_FREE, line, pid, device, null, address, -1, -1);
    }
    return newline;
  }

  /** The end of a free: {@code " (SIZE bytes)"}, {@code ", FINAL)"} or {@code ", ref_count=N remaining)"}. */
  private static int freeEnd(byte[] b, int p, int end, TracePart out, long line, int pid, int device, long address) {
    if (p + 2 > end || b[p] != ' ' || b[p + 1] != '(') {
      return -1;
    }
    p += 2;
    long size = number(b, p, end, SIZE_DIGITS);
    if (size < 0) {
      return -1;
    }
    p += (int) (size >>> 48);
    size &= VALUE;
    if (!BYTES.at(b, p, end)) {
      return -1;
    }
    p += BYTES.length();
    int refCount;
    if (FINAL.at(b, p, end)) {
      refCount = 0;
      p += FINAL.length();
    } else if (p < end && b[p] == ')') {
      refCount = -1;
      p++;
    } else {
      if (!REF_COUNT.at(b, p, end)) {
        return -1;
      }
      p += REF_COUNT.length();
      long n = number(b, p, end, INT_DIGITS);
      if (n < 0) {
        return -1;
      }
      p += (int) (n >>> 48);
      if (!REMAINING.at(b, p, end)) {
        return -1;
      }
      p += REMAINING.length();
      refCount = (int) (n & VALUE);
    }
    int newline = newlineAt(b, p, end);
    if (newline >= 0) {
      out.addServerEvent(EventKind.FREE, line, pid, device, null, address, size, refCount);
    }
    return newline;
  }

  /**
   * The buffer type named at {@code p} and followed by a space, as an index of {@link #TYPES}, or
   * -1: its first letter tells which name to compare ({@code L1} from {@code L1_SMALL} by the third).
   */
  private static int typeAt(byte[] b, int p, int end) {
    if (p + 2 >= end) {
      return -1;
    }
    int t = switch (b[p]) {
      case 'L' -> b[p + 2] == '_' ? 2 : 0;
      case 'D' -> 1;
      case 'T' -> 3;
      case 'S' -> 4;
      default -> -1;
    };
    int after = t < 0 ? end : p + TYPE_NAMES[t].length();
    return after < end && b[after] == ' ' && TYPE_NAMES[t].at(b, p, end) ? t : -1;
  }

  /** The index of the {@code \n} ending a line at {@code p} ({@code \n} or {@code \r\n}), or -1 when none does. */
  private static int newlineAt(byte[] b, int p, int end) {
    if (p < end && b[p] == '\n') {
      return p;
    }
    return p + 1 < end && b[p] == '\r' && b[p + 1] == '\n' ? p + 1 : -1;
  }

  /**
   * Parses a decimal of 1 to {@code maxDigits} digits at {@code p}: its value in the low 48 bits
   * ({@link #VALUE}) and the number of bytes read in the high 16, or -1 when there is none or it
   * is longer.
   */
  private static long number(byte[] b, int p, int end, int maxDigits) {
    if (p + Long.BYTES <= end) {
      long eight = (long) LONGS.get(b, p);
      int digits = leadingDigits(eight);
      if (digits > 0 && digits < Long.BYTES) {
        return (long) digits << 48 | digitsValue(eight << (Long.BYTES - digits) * Byte.SIZE);
      }
    }
    int from = p;
    long value = 0;
    for (int d; p < end && (d = b[p] - '0') >= 0 && d <= 9; p++) {
      value = value * 10 + d;
    }
    return p == from || p - from > maxDigits ? -1 : (long) (p - from) << 48 | value;
  }

  /**
   * How many of the eight bytes of {@code eight} (the first in the lowest byte) are decimal digits
   * before the first byte that is not one. A byte is a digit when its high nibble is 3 and adding
   * 6 leaves it so (its low nibble is at most 9); a carry out of a non-digit byte can only spoil
   * the bytes after it, which are not counted.
   */
  private static int leadingDigits(long eight) {
    long highNibbles = eight & 0xF0F0F0F0F0F0F0F0L;
    long highNibblesPlusSix = (eight + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L;
    long notDigits = highNibbles ^ 0x3030303030303030L | highNibblesPlusSix ^ 0x3030303030303030L;
    return notDigits == 0 ? Long.BYTES : Swar.lowestFlagged(Swar.nonZeroFlags(notDigits));
  }

  /**
   * The value of up to eight ASCII digits packed with the first (most significant) in the lowest
   * byte and zero bytes standing for leading zeros: pairs, then quads, then all eight are combined
   * by three multiplications.
   */
  private static long digitsValue(long eight) {
    long pairs = (eight & 0x0F0F0F0F0F0F0F0FL) * (10 << 8 | 1) >>> 8;
    long quads = (pairs & 0x00FF00FF00FF00FFL) * (100 << 16 | 1) >>> 16;
    return (quads & 0x0000FFFF0000FFFFL) * (10000L << 32 | 1) >>> 32;
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
}
