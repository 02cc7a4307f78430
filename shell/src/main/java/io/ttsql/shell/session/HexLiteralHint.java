package io.ttsql.shell.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hint for a hex address written as a string where a number is needed ({@code where address =
 * '0x3fe00000'}, copied with its quotes from a table or a log): write it without the quotes.
 */
final class HexLiteralHint {
  /** A string that is a hex number, where a number was needed. */
  private static final Pattern HEX_STRING = Pattern.compile("^not a number: \"(0[xX][0-9A-Fa-f]+)\"$");

  private HexLiteralHint() {}

  /** The hint for a failure whose reason is a hex string that is not a number, or empty. */
  static Optional<String> ofReason(String reason) {
    Matcher string = HEX_STRING.matcher(reason);
    return string.find()
        ? Optional.of("a quoted address is text: write it without quotes, as " + string.group(1))
        : Optional.empty();
  }
}
