package io.ttsql.engine;

import io.ttsql.udf.SizeFunctions;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Running byte totals that never wrap around: each is kept exactly however far it passes 2^63-1
 * (sizes are at most 2^63-1, so a total of many of them can), and later subtractions bring it back
 * exactly; it is read either exactly or as a BIGINT, saturated at 2^63-1, which then means "that
 * or more".
 */
public final class ByteTotals {
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  /** Each total modulo 2^64, as a signed long: the total itself while {@link #wraps} is 0. */
  private long[] low;
  /** How many times 2^64 each total holds besides {@link #low}. */
  private long[] wraps;

  /** {@code count} totals, numbered from 0, each 0. */
  public ByteTotals(int count) {
    low = new long[count];
    wraps = new long[count];
  }

  /** Number of totals. */
  public int count() {
    return low.length;
  }

  /** Makes room for at least {@code count} totals; the new ones are 0. */
  public void grow(int count) {
    if (count > low.length) {
      low = Arrays.copyOf(low, count);
      wraps = Arrays.copyOf(wraps, count);
    }
  }

  /** Adds {@code bytes} (negative to take them away) to total {@code i}. */
  public void add(int i, long bytes) {
    long before = low[i];
    long after = before + bytes;
    if (((before ^ after) & (bytes ^ after)) < 0) { // the sign turned past ±2^63, as Math.addExact tests it
      wraps[i] += Long.signum(bytes);
    }
    low[i] = after;
  }

  /** Whether total {@code i} is larger than total {@code j} of {@code other}. */
  public boolean exceeds(int i, ByteTotals other, int j) {
    return wraps[i] != other.wraps[j] ? wraps[i] > other.wraps[j] : low[i] > other.low[j];
  }

  /** Sets total {@code i} to total {@code j} of {@code other}. */
  public void set(int i, ByteTotals other, int j) {
    low[i] = other.low[j];
    wraps[i] = other.wraps[j];
  }

  /** Total {@code i} as a BIGINT: exact up to 2^63-1, and 2^63-1 (-2^63 below) beyond: see {@link #human(long)}. */
  public long bigint(int i) {
    return wraps[i] == 0 ? low[i] : wraps[i] > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
  }

  /** Total {@code i} exactly. */
  public BigInteger exact(int i) {
    return BigInteger.valueOf(wraps[i]).multiply(TWO_TO_64).add(BigInteger.valueOf(low[i]));
  }

  /**
   * A total read as a BIGINT, as {@code human_bytes} writes it, with {@code or more} when it is
   * saturated at 2^63-1: {@code 1.5 MB}, {@code 8 EB or more}.
   */
  public static String human(long bigint) {
    return SizeFunctions.humanBytes(bigint) + (bigint == Long.MAX_VALUE ? " or more" : "");
  }
}
