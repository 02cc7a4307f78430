package io.ttsql.udf;

import java.util.Locale;

/** SQL functions {@code hex} and {@code parse_address}: device addresses as text and back. */
public final class AddressFunctions {
  private AddressFunctions() {}

  /**
   * {@code hex(bigint)}: the value as the logs print addresses, {@code 0x} and lower-case hex
   * without padding ({@code 101152} gives {@code 0x18b20}); a negative value is read as the
   * unsigned 64-bit address it stores.
   */
  public static String hex(Long value) {
    return value == null ? null : "0x" + Long.toHexString(value);
  }

  /**
   * {@code parse_address(varchar)}: {@code 0x…} hex or decimal text, surrounding blanks ignored,
   * as an unsigned 64-bit address (values above 2^63 - 1 come back negative, as stored).
   *
   * @throws IllegalArgumentException for text that is not an address
   */
  public static Long parseAddress(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    boolean isHex = s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
    try {
      if (isHex) {
        return Long.parseUnsignedLong(s.substring(2), 16);
      }
      if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
        return Long.parseUnsignedLong(s);
      }
    } catch (NumberFormatException e) {
      // reported below with the text
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "parse_address: '%s' is not an address (0x… hex or decimal)", text));
  }
}
