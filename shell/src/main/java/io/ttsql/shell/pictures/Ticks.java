package io.ttsql.shell.pictures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Round values for axes: bytes step by a power of two (so {@code 256 KB, 512 KB, 768 KB, 1 MB}),
 * event seqs by 1, 2 or 5 times a power of ten; each axis gets two to five intervals.
 */
final class Ticks {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
  private static final int MOST_INTERVALS = 5;

  private Ticks() {}

  /**
   * Ticks from 0 to the first multiple of the step at or above {@code max} bytes; near the top of
   * {@code long} (garbage sizes, FORMATS 5.3) the last tick stops at {@link Long#MAX_VALUE}.
   */
  static long[] bytes(long max) {
    long step = 1;
    while (step < ceilDiv(max, MOST_INTERVALS)) {
      step *= 2;
    }
    return upTo(max, step);
  }

  /** Ticks from 0 to the first multiple of the step at or above {@code max}, for a count such as a seq. */
  static long[] counts(long max) {
    long step = 1;
    while (step * MOST_INTERVALS < max) {
      long next = step * 2;
      if (next * MOST_INTERVALS >= max) {
        step = next;
        break;
      }
      next = step * 5;
      if (next * MOST_INTERVALS >= max) {
        step = next;
        break;
      }
      step *= 10;
    }
    return upTo(max, step);
  }

  private static long[] upTo(long max, long step) {
    int intervals = (int) Math.max(1, ceilDiv(max, step));
    long[] ticks = new long[intervals + 1];
    for (int i = 0; i <= intervals; i++) {
      ticks[i] = i <= Long.MAX_VALUE / step ? i * step : Long.MAX_VALUE;
    }
    return ticks;
  }

  /** {@code value / divisor} rounded up, for a positive divisor, without overflow. */
  private static long ceilDiv(long value, long divisor) {
    return value / divisor + (value % divisor > 0 ? 1 : 0);
  }

  /**
   * A byte tick as exactly as it is: {@code 0}, {@code 768 KB}, {@code 1.25 MB}. (The two decimals
   * that power-of-two ticks need; {@code human_bytes} rounds to one.)
   */
  static String bytesLabel(long bytes) {
    if (bytes == 0) {
      return "0";
    }
    int unit = (63 - Long.numberOfLeadingZeros(bytes)) / 10;
    BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1L << (10 * unit)));
    return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " " + UNITS[unit];
  }

  /** A count with thousands separators: {@code 1,250,000}. */
  static String countLabel(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
