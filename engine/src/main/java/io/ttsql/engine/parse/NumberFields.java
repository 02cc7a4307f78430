package io.ttsql.engine.parse;

/**
 * Numbers of a line's fields, as their templates matched them, and the one parse error of a number
 * too big for its type, which names the field and the number as the log prints it.
 */
final class NumberFields {
  private NumberFields() {}

  /** The error of {@code printed}, the value of field {@code what}, beyond {@code bits} bits. */
  static NumberFormatException tooBig(String what, String printed, int bits) {
    return new NumberFormatException(what + " " + printed + " does not fit in " + bits + " bits");
  }

  /**
   * {@code text}, decimal digits after an optional minus (as a template matched them: any other
   * text would be called too big), as a signed 32-bit number.
   *
   * @throws NumberFormatException naming {@code what} if it does not fit
   */
  static int signedInt(String what, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw tooBig(what, text, 32);
    }
  }

  /**
   * {@code text}, decimal digits or {@code 0x} and hex digits, as an unsigned 64-bit number (above
   * {@link Long#MAX_VALUE} it comes back negative, as {@link ByteCursor#unsignedDecimal} gives it).
   *
   * @throws NumberFormatException naming {@code what} if it does not fit
   */
  static long unsigned(String what, String text) {
    boolean hex = text.startsWith("0x") || text.startsWith("0X");
    try {
      return hex ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      throw tooBig(what, text, 64);
    }
  }
}
