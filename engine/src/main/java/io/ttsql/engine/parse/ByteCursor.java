package io.ttsql.engine.parse;

import io.ttsql.engine.model.BufferType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A read position inside one line of UTF-8 bytes, with the matching and number parsing that the
 * line templates need; every method either advances and succeeds or reports failure.
 */
final class ByteCursor {
  /** The buffer types, most frequent first. */
  private static final BufferType[] TYPES = {
    BufferType.L1, BufferType.DRAM, BufferType.L1_SMALL, BufferType.TRACE, BufferType.SYSTEM_MEMORY, BufferType.OTHER
  };
  private static final ByteLiteral[] TYPE_NAMES = Arrays.stream(TYPES).map(t -> new ByteLiteral(t.name())).toArray(ByteLiteral[]::new);

  /**
   * Thrown where a number should start but none does: unlike its superclass (a number too big
   * for its type), this means the line does not follow its template.
   */
  static final class NoNumberException extends NumberFormatException {
    NoNumberException(String message) {
      super(message);
    }
  }

  /** The value of each byte as a hex digit, or -1. */
  private static final byte[] HEX_DIGITS = hexDigits();

  private byte[] buf;
  private int pos;
  private int end;

  /** Points the cursor at {@code buf[start, end)}. */
  ByteCursor reset(byte[] buf, int start, int end) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    return this;
  }

  int position() {
    return pos;
  }

  void seek(int position) {
    pos = position;
  }

  boolean atEnd() {
    return pos == end;
  }

  /** Consumes {@code literal} if it stands at the cursor. */
  boolean expect(ByteLiteral literal) {
    if (!literal.at(buf, pos, end)) {
      return false;
    }
    pos += literal.length();
    return true;
  }

  /** True if the remaining bytes are exactly {@code literal} (consumes them). */
  boolean expectRest(ByteLiteral literal) {
    if (!literal.isWhole(buf, pos, end)) {
      return false;
    }
    pos = end;
    return true;
  }

  /**
   * Parses an unsigned 64-bit decimal; the result is the two's-complement long (values above
   * {@link Long#MAX_VALUE} come back negative, as wrapped counters do).
   *
   * @param what names the field in the error, e.g. {@code size}
   * @throws NoNumberException when there are no digits
   * @throws NumberFormatException when the value exceeds 64 bits ({@link NumberFields#tooBig})
   */
  long unsignedDecimal(String what) {
    int start = pos;
    long value = 0;
    while (pos < end) {
      int d = buf[pos] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      if (Long.compareUnsigned(value, 1844674407370955161L) > 0
          || (value == 1844674407370955161L && d > 5)) {
        throw tooBig(what, start, 64, false);
      }
      value = value * 10 + d;
      pos++;
    }
    if (pos == start) {
      throw new NoNumberException("expected a number");
    }
    return value;
  }

  /** Parses a signed 32-bit decimal; {@code what} names the field in the error of one too big. */
  int signedInt(String what) {
    int sign = pos;
    boolean negative = pos < end && buf[pos] == '-';
    if (negative) {
      pos++;
    }
    int start = pos;
    long value = 0;
    while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
      value = value * 10 + (buf[pos] - '0');
      if (value > 2147483648L) {
        throw tooBig(what, sign, 32, false);
      }
      pos++;
    }
    if (pos == start) {
      throw new NoNumberException("expected a number");
    }
    long signed = negative ? -value : value;
    if (signed > Integer.MAX_VALUE) {
      throw tooBig(what, sign, 32, false);
    }
    return (int) signed;
  }

  /**
   * Parses {@code 0x} followed by hex digits (either case) as an unsigned 64-bit value; {@code
   * what} names the field in the error of one too big.
   */
  long hex(String what) {
    if (!(end - pos > 2 && buf[pos] == '0' && (buf[pos + 1] == 'x' || buf[pos + 1] == 'X'))) {
      throw new NoNumberException("expected 0x and hex digits");
    }
    pos += 2;
    int start = pos;
    long value = 0;
    while (pos < end) {
      int d = hexDigit(buf[pos]);
      if (d < 0) {
        break;
      }
      if (pos - start >= 16) {
        throw tooBig(what, start - 2, 64, true);
      }
      value = (value << 4) | d;
      pos++;
    }
    if (pos == start) {
      throw new NoNumberException("expected hex digits");
    }
    return value;
  }

  /** Parses a device address written either as {@code 0x…} hex or as decimal. */
  long id(String what) {
    if (end - pos > 1 && buf[pos] == '0' && (buf[pos + 1] == 'x' || buf[pos + 1] == 'X')) {
      return hex(what);
    }
    return unsignedDecimal(what);
  }

  /**
   * The error of the number from {@code from} (its sign or {@code 0x} included) through its last
   * digit ({@code hex} or decimal), the cursor standing inside its digits.
   */
  private NumberFormatException tooBig(String what, int from, int bits, boolean hex) {
    int to = pos;
    while (to < end && (hex ? hexDigit(buf[to]) >= 0 : buf[to] >= '0' && buf[to] <= '9')) {
      to++;
    }
    return NumberFields.tooBig(what, new String(buf, from, to - from, StandardCharsets.UTF_8), bits);
  }

  /**
   * Consumes a C {@code %g}-style float ({@code 2048}, {@code 0.0976562}, {@code 1.04858e+06}),
   * checked but not converted: no column keeps it, and converting cost a tenth of the parse time
   * of a debug log.
   */
  void skipDecimalFloat() {
    int start = pos;
    while (pos < end && isFloatByte(buf[pos])) {
      pos++;
    }
    if (pos == start) {
      throw new NoNumberException("expected a number");
    }
    if (!isDecimalFloat(buf, start, pos)) {
      throw new NoNumberException("malformed number");
    }
  }

  /**
   * True if {@code b[from, to)} is a decimal that {@link Double#parseDouble} reads: a sign, digits
   * with or without a fraction (or a fraction alone), and an exponent, each but the digits
   * optional.
   */
  static boolean isDecimalFloat(byte[] b, int from, int to) {
    int p = signAt(b, from, to);
    int whole = digitsAt(b, p, to);
    p += whole;
    int fraction = 0;
    if (p < to && b[p] == '.') {
      fraction = digitsAt(b, ++p, to);
      p += fraction;
    }
    if (whole + fraction == 0) {
      return false;
    }
    if (p < to && b[p] == 'e') {
      p = signAt(b, p + 1, to);
      int exponent = digitsAt(b, p, to);
      if (exponent == 0) {
        return false;
      }
      p += exponent;
    }
    return p == to;
  }

  /** {@code p} moved past a sign, if one stands there. */
  private static int signAt(byte[] b, int p, int to) {
    return p < to && (b[p] == '+' || b[p] == '-') ? p + 1 : p;
  }

  /** The number of decimal digits from {@code p} on. */
  private static int digitsAt(byte[] b, int p, int to) {
    int q = p;
    while (q < to && b[q] >= '0' && b[q] <= '9') {
      q++;
    }
    return q - p;
  }

  /**
   * Consumes a buffer type name ({@code DRAM}, {@code L1_SMALL}…) that is a whole word; returns
   * the type, or null (consuming nothing) when none is at the cursor.
   */
  BufferType bufferType() {
    for (int i = 0; i < TYPE_NAMES.length; i++) {
      ByteLiteral name = TYPE_NAMES[i];
      int after = pos + name.length();
      if (name.at(buf, pos, end) && (after == end || !isWordByte(buf[after]))) {
        pos = after;
        return TYPES[i];
      }
    }
    return null;
  }

  private static boolean isWordByte(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_';
  }

  private static boolean isFloatByte(byte b) {
    return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == '+' || b == '-';
  }

  static int hexDigit(byte b) {
    return HEX_DIGITS[b & 0xff];
  }

  private static byte[] hexDigits() {
    byte[] digits = new byte[256];
    Arrays.fill(digits, (byte) -1);
    for (int i = 0; i < 16; i++) {
      digits["0123456789abcdef".charAt(i)] = (byte) i;
      digits["0123456789ABCDEF".charAt(i)] = (byte) i;
    }
    return digits;
  }
}
