package io.ttsql.samples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as C's {@code %g} does (FORMATS.md section 0): six significant digits rounded
 * half-even from the exact binary value, no trailing zeros, and {@code d.ddddde+XX} when the
 * exponent is below -4 or at least 6. Java's own {@code %g} keeps trailing zeros and rounds half-up.
 */
final class CFloat {
  private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

  private CFloat() {}

  /** {@code value} as {@code printf("%g", value)} prints it; NaN and infinities are rejected. */
  static String g(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot format " + value + " as %g");
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS);
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= -4 && exponent < 6) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
    int magnitude = Math.abs(exponent);
    return mantissa + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + magnitude;
  }
}
