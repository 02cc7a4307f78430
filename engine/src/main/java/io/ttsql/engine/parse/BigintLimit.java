package io.ttsql.engine.parse;

/**
 * The limit of the figures ttsql keeps in signed BIGINT columns (sizes, statistics): the logs print
 * them as unsigned 64-bit numbers, and one above 2^63-1, which would turn negative, is a parse error.
 */
final class BigintLimit {
  /** A figure that fits its 64 bits but not a BIGINT; the message is the whole reason of its parse error. */
  static final class TooLargeException extends NumberFormatException {
    TooLargeException(String what, String printed) {
      super(what + " " + printed + " is larger than ttsql's BIGINT (2^63-1)");
    }
  }

  private BigintLimit() {}

  /**
   * {@code unsigned}, an unsigned 64-bit number, if a BIGINT holds it.
   *
   * @param what names the figure in the error, e.g. {@code size}
   * @throws TooLargeException if it is above 2^63-1
   */
  static long check(String what, long unsigned) {
    if (unsigned < 0) {
      throw new TooLargeException(what, Long.toUnsignedString(unsigned));
    }
    return unsigned;
  }

  /**
   * The bytes of a figure printed in KB ({@code <float>}, FORMATS.md 0), rounded, if a BIGINT holds them.
   *
   * @param what names the figure in the error, e.g. {@code DRAM}
   * @throws TooLargeException if they are above 2^63-1
   */
  static long checkKilobytes(String what, String kb) {
    double bytes = Double.parseDouble(kb) * 1024.0;
    if (bytes >= 0x1p63) {
      throw new TooLargeException(what, kb + " KB");
    }
    return Math.round(bytes);
  }
}
