package io.ttsql.udf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** SQL functions {@code human_bytes}, {@code size_bucket} and {@code size_bucket_low}: sizes for people and histograms. */
public final class SizeFunctions {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
  private static final BigDecimal KIB = BigDecimal.valueOf(1024);

  private SizeFunctions() {}

  /**
   * {@code human_bytes(bigint)}: a size in binary units with at most one decimal, {@code 32768}
   * gives {@code 32 KB}, {@code 1572864} gives {@code 1.5 MB}, {@code 100} gives {@code 100 B};
   * rounding is half up and never shows {@code 1024} of a unit; negative sizes keep their sign.
   */
  public static String humanBytes(Long bytes) {
    if (bytes == null) {
      return null;
    }
    return human(BigDecimal.valueOf(bytes));
  }

  /** {@link #humanBytes} of a byte total that may pass a BIGINT: 2^64 gives {@code 16 EB}. */
  public static String humanTotal(BigInteger bytes) {
    return human(new BigDecimal(bytes));
  }

  private static String human(BigDecimal bytes) {
    Scaled scaled = Scaled.of(bytes);
    return scaled.written(bytes.signum(), scaled.value().setScale(1, RoundingMode.HALF_UP));
  }

  /**
   * A size as {@link #humanBytes} writes it when that is exact ({@code 8 KB} for 8192), else in
   * bytes ({@code 8200 B}, not {@code 8 KB}): for lists of distinct sizes, where two sizes rounded
   * alike would read the same.
   */
  public static String exactBytes(long bytes) {
    Scaled scaled = Scaled.of(BigDecimal.valueOf(bytes));
    return scaled.value().stripTrailingZeros().scale() <= 1 ? scaled.written(Long.signum(bytes), scaled.value())
        : bytes + " " + UNITS[0];
  }

  /** The magnitude of a size in the unit that {@link #humanBytes} writes it in: the largest that leaves at least 1 after rounding. */
  private record Scaled(BigDecimal value, int unit) {
    static Scaled of(BigDecimal bytes) {
      BigDecimal value = bytes.abs();
      int unit = 0;
      while (unit < UNITS.length - 1 && value.setScale(1, RoundingMode.HALF_UP).compareTo(KIB) >= 0) {
        value = value.divide(KIB);
        unit++;
      }
      return new Scaled(value, unit);
    }

    /** {@code number} (this value, rounded or not) with the unit and the sign {@code signum} of the bytes. */
    String written(int signum, BigDecimal number) {
      return (signum < 0 ? "-" : "") + number.stripTrailingZeros().toPlainString() + " " + UNITS[unit];
    }
  }

  /**
   * {@code size_bucket(bigint)}: the power-of-two range holding the size, {@code 6144} gives
   * {@code 4 KB – 8 KB} (lower bound included, upper excluded); {@code 0 B} for 0, NULL for a
   * negative size.
   */
  public static String sizeBucket(Long bytes) {
    Long low = sizeBucketLow(bytes);
    if (low == null) {
      return null;
    }
    if (low == 0) {
      return "0 B";
    }
    int exponent = Long.numberOfTrailingZeros(low);
    return powerOfTwo(exponent) + " – " + powerOfTwo(exponent + 1);
  }

  /**
   * {@code size_bucket_low(bigint)}: the lower bound in bytes of {@code size_bucket}, the largest
   * power of two not above the size ({@code 6144} gives {@code 4096}); 0 for 0, NULL for a
   * negative size.
   */
  public static Long sizeBucketLow(Long bytes) {
    if (bytes == null || bytes < 0) {
      return null;
    }
    return Long.highestOneBit(bytes);
  }

  /** {@code 2^exponent} bytes as a whole number of the largest unit that divides it: {@code 4 KB}. */
  private static String powerOfTwo(int exponent) {
    return (1L << (exponent % 10)) + " " + UNITS[exponent / 10];
  }
}
