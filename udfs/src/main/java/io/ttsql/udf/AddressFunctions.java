package io.ttsql.udf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL functions {@code hex} and {@code parse_address}: device addresses as text and back. */
public final class AddressFunctions {
  /** {@code 0x} and hex digits (group 1), or decimal digits (group 2): ASCII only, no sign. */
  private static final Pattern ADDRESS = Pattern.compile("0[xX]([0-9a-fA-F]+)|([0-9]+)");

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
   * {@code parse_address(varchar)}: {@code 0x…} hex or decimal ASCII digits, surrounding blanks ignored,
   * as an unsigned 64-bit address (values above 2^63 - 1 come back negative, as stored).
   *
   * @throws IllegalArgumentException for text that is not an address
   */
  public static Long parseAddress(String text) {
    if (text == null) {
      return null;
    }
    Matcher address = ADDRESS.matcher(text.strip());
    try {
      if (address.matches()) {
        return address.group(1) != null ? Long.parseUnsignedLong(address.group(1), 16) : Long.parseUnsignedLong(address.group(2));
      }
    } catch (NumberFormatException e) {
      // above 2^64 - 1: reported below with the text
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "parse_address: '%s' is not an address (0x… hex or decimal)", text));
  }
}
